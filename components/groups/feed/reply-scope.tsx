"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { CommentForm } from "./comment-form";
import type { FeedActions } from "./feed-actions";

const ReplyContext = createContext<() => void>(() => {});

/**
 * A top-level comment's thread where the viewer may reply: `item` is the comment and `children` its replies, both
 * rendered on the server. Reply on the comment or on any of its replies opens one box under the replies (replies go
 * one level deep: replying to a reply continues this thread).
 */
export function ReplyScope({
  slug,
  postId,
  parentId,
  replyTo,
  hasReplies,
  action,
  item,
  children,
}: {
  slug: string;
  postId: string;
  parentId: string;
  replyTo: string;
  hasReplies: boolean;
  action: FeedActions["createComment"];
  item: ReactNode;
  children: ReactNode;
}) {
  const [replying, setReplying] = useState(false);
  return (
    <ReplyContext value={() => setReplying(true)}>
      {item}
      {hasReplies || replying ? (
        <div className="ms-10 space-y-2 border-s-2 border-border ps-3">
          {children}
          {replying ? (
            <CommentForm
              slug={slug}
              postId={postId}
              parentId={parentId}
              replyTo={replyTo}
              autoFocus
              onDone={() => setReplying(false)}
              action={action}
            />
          ) : null}
        </div>
      ) : null}
    </ReplyContext>
  );
}

/** A comment's Reply button (its label from the server): opens the reply box of its thread (the ReplyScope around it). */
export function ReplyButton({ children }: { children: ReactNode }) {
  const reply = useContext(ReplyContext);
  return (
    <button
      type="button"
      onClick={reply}
      className="h-8 rounded-md px-2 font-medium text-muted-foreground hover:bg-accent hover:text-foreground"
    >
      {children}
    </button>
  );
}
