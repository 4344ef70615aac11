// Pure: how the home page's to-do list is ordered and bounded.
import type { TodoItem, TodoKind, TodoSection, Urgency } from "./dto";

/** Rows shown per kind; the rest is one "and N more" link away. */
export const ITEMS_PER_KIND = 5;

const URGENCY_RANK: Record<Urgency, number> = { overdue: 0, waiting: 1, upcoming: 2 };

/**
 * When two kinds are equally pressing: the person's own mentorships before the groups they run, and safety
 * (reports) before the queues.
 */
export const KIND_ORDER: readonly TodoKind[] = [
  "checkIn",
  "message",
  "match",
  "meeting",
  "report",
  "stalledPair",
  "application",
  "waitingMentee",
  "joinRequest",
];

/** Overdue first, then what someone is waiting on, then what is coming up; the oldest (or soonest due) first. */
export function compareItems(a: TodoItem, b: TodoItem): number {
  return (
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    a.since.localeCompare(b.since) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * One kind's section: its items in order, the first `limit` of them, and how many things the rest hold.
 * `items` may already be cut short by the query (`totalItems` then says how many rows there are in all), and
 * `total` counts things (unread messages, applications), which a row may hold several of (`thingsOf`).
 */
export function toSection<K extends TodoKind>(
  kind: K,
  items: Extract<TodoItem, { kind: K }>[],
  options: {
    moreHref: string;
    total?: number;
    totalItems?: number;
    thingsOf?: (item: Extract<TodoItem, { kind: K }>) => number;
    limit?: number;
  },
): TodoSection<K> | null {
  if (items.length === 0) return null;
  const thingsOf = options.thingsOf ?? (() => 1);
  const sorted = [...items].sort(compareItems);
  const shown = sorted.slice(0, options.limit ?? ITEMS_PER_KIND);
  const total = options.total ?? items.reduce((sum, i) => sum + thingsOf(i), 0);
  const totalItems = options.totalItems ?? items.length;
  const shownThings = shown.reduce((sum, i) => sum + thingsOf(i), 0);
  // The conditional type does not narrow on a generic K; the fields are built for K above.
  return {
    kind,
    total,
    overdue: items.filter((i) => i.urgency === "overdue").length,
    items: shown,
    more: totalItems > shown.length ? { count: Math.max(total - shownThings, 1), href: options.moreHref } : null,
  } as TodoSection<K>;
}

/** The most pressing section first: the one whose first item comes first. */
export function orderSections(sections: (TodoSection | null)[]): TodoSection[] {
  return sections
    .filter((s): s is TodoSection => s !== null && s.items.length > 0)
    .sort((a, b) => compareItems(a.items[0]!, b.items[0]!));
}
