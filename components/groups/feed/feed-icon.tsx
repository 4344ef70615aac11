import { cn } from "@/lib/utils/cn";

/** The icons every post and comment repeats; their drawings are in the page once (./feed-icon-sprite.tsx). */
export type FeedIconName = "more" | "react" | "comments";

export const feedIconId = (name: FeedIconName) => `feed-icon-${name}`;

/**
 * An icon of the feed by reference to the page's sprite: about 80 bytes of markup where lucide's inline drawing is
 * 400 to 500, and a page of posts repeats them some 180 times (issue 18). Decorative: the button says what it does.
 */
export function FeedIcon({ name, className }: { name: FeedIconName; className?: string }) {
  return (
    <svg aria-hidden="true" className={cn("size-4 shrink-0", className)}>
      <use href={`#${feedIconId(name)}`} />
    </svg>
  );
}
