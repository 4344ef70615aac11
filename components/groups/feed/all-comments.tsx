"use client";

import { useState, type ComponentType, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { CommentDto } from "@/lib/groups/feed/dto";
import type { CommentThreads as Threads } from "./comment-threads";
import type { FeedActions } from "./feed-actions";
import type { FeedViewer } from "./labels";

type CommentsPage = { comments: CommentDto[]; nextCursor: string | null };
type Loaded = CommentsPage & { Threads: ComponentType<Parameters<typeof Threads>[0]> };

/** A page of a post's comments from the API (top-level comments after the cursor, each with its replies). */
async function fetchComments(postId: string, cursor: string | null): Promise<CommentsPage> {
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
  const res = await fetch(`/api/v1/posts/${encodeURIComponent(postId)}/comments${query}`, {
    headers: { accept: "application/json" },
  });
  if (!res.ok) throw new Error(`comments: ${res.status}`);
  return (await res.json()) as CommentsPage;
}

// The same threads the server rendered, now rendered here: their code comes with the first "View all" (issue 18).
const loadThreads = () => import("./comment-threads").then((m) => m.CommentThreads);

/**
 * A post's first comments (`children`, rendered on the server) and "View all N comments", which loads every comment
 * into their place, a page at a time. When the page is refreshed (a new comment, an edit), the server's first
 * comments arrive anew and the full list is read again so that it shows the change.
 */
export function AllComments({
  postId,
  count,
  slug,
  viewer,
  actions,
  children,
}: {
  postId: string;
  count: number;
  slug: string;
  viewer: FeedViewer;
  actions: FeedActions;
  children: ReactNode;
}) {
  const [all, setAll] = useState<Loaded | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  const [seen, setSeen] = useState(children);
  const t = useTranslations("feed.comments");

  async function load(cursor: string | null) {
    setState("loading");
    try {
      const [page, Threads] = await Promise.all([fetchComments(postId, cursor), loadThreads()]);
      setAll((prev) => ({
        comments: cursor && prev ? [...prev.comments, ...page.comments] : page.comments,
        nextCursor: page.nextCursor,
        Threads,
      }));
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  if (seen !== children) {
    setSeen(children);
    if (all) void load(null);
  }

  const more = all ? all.nextCursor : "";
  return (
    <>
      {all ? (
        all.comments.length > 0 ? (
          <all.Threads comments={all.comments} slug={slug} viewer={viewer} actions={actions} />
        ) : null
      ) : (
        children
      )}
      {more !== null ? (
        <button
          type="button"
          onClick={() => void load(all ? more : null)}
          disabled={state === "loading"}
          aria-busy={state === "loading"}
          className="text-sm font-medium text-muted-foreground underline-offset-4 hover:text-foreground hover:underline disabled:opacity-60"
        >
          {state === "loading" ? t("loading") : all ? t("moreComments") : t("viewAll", { count })}
        </button>
      ) : null}
      {state === "failed" ? (
        <p role="alert" className="text-xs text-destructive">
          {t("loadFailed")}
        </p>
      ) : null}
    </>
  );
}
