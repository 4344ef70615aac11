/**
 * The home page's to-do list: what the signed-in person should do now, each item saying what, why and where it is
 * done. Items carry names, counts and dates only: never a check-in's text, a message or a report's words.
 */
import type { MyGroupDto } from "@/lib/groups/find-my-groups";
import type { PairingSide } from "@/lib/pairings/dto";

/**
 * How pressing an item is: past its date ("overdue"), someone is waiting on the reader ("waiting"), or coming up
 * ("upcoming"). The list shows them in this order, the longest-waiting or soonest-due first within each.
 */
export type Urgency = "overdue" | "waiting" | "upcoming";

type Base = {
  /** Stable within the list (React key, tests). */
  id: string;
  /** Where the thing is done. */
  href: string;
  urgency: Urgency;
  /** When it fell due or started waiting, ISO: orders items of the same urgency (earliest first). */
  since: string;
};

type Place = { program: { id: string; name: string }; group: { slug: string; name: string } };
type Partner = { side: PairingSide; partner: { name: string } };

/** Your next step without your check-in. */
export type CheckInTodo = Base &
  Partner &
  Place & { kind: "checkIn"; pairingId: string; step: { number: number; title: string; dueAt: string } };

/** Your partner wrote and you have not read it yet. */
export type MessageTodo = Base & Partner & Place & { kind: "message"; pairingId: string; unread: number };

/** A match you have not acted on yet: no check-in and no message of yours. */
export type MatchTodo = Base & Partner & Place & { kind: "match"; pairingId: string; startedAt: string };

/**
 * The seam for meetings (DESIGN.md: proposed options, one confirmed time). Nothing produces this kind until
 * meetings exist: see lib/home/find-meeting-todos.ts and decision 016.
 */
export type MeetingTodo = Base & Partner & { kind: "meeting"; pairingId: string; startsAt: string };

/** Admins: a program's applications waiting for a decision. */
export type ApplicationTodo = Base & Place & { kind: "application"; count: number; mentees: number; mentors: number };

/** Admins: approved mentees still without a mentor in a program that can match. */
export type WaitingMenteeTodo = Base & Place & { kind: "waitingMentee"; count: number };

/** Admins: a program's pairs flagged as gone quiet, with the quietest pair's names. */
export type StalledPairTodo = Base &
  Place & { kind: "stalledPair"; count: number; quietest: { mentor: string; mentee: string } };

/** Moderators and admins: a group's open reports (their words stay on the reports page). */
export type ReportTodo = Base & { kind: "report"; group: { slug: string; name: string }; count: number };

/** Moderators and admins: people asking to join a group. */
export type JoinRequestTodo = Base & { kind: "joinRequest"; group: { slug: string; name: string }; count: number };

export type TodoItem =
  | CheckInTodo
  | MessageTodo
  | MatchTodo
  | MeetingTodo
  | ApplicationTodo
  | WaitingMenteeTodo
  | StalledPairTodo
  | ReportTodo
  | JoinRequestTodo;

export type TodoKind = TodoItem["kind"];

/** One kind of work: how much there is in all, the most pressing few, and where the rest is. */
type SectionOf<K extends TodoKind> = {
  kind: K;
  /** Things to do of this kind: check-ins, unread messages, applications, pairs… (not list rows). */
  total: number;
  /** The overdue ones among them (check-ins). */
  overdue: number;
  items: Extract<TodoItem, { kind: K }>[];
  /** What the list leaves out: that many more things, all of them at `href`. */
  more: { count: number; href: string } | null;
};
/** A section of one kind; without a kind, a section of any kind (a union, so `kind` narrows `items`). */
export type TodoSection<K extends TodoKind = TodoKind> = K extends TodoKind ? SectionOf<K> : never;

export type OpenProgramDto = { id: string; name: string; group: { slug: string; name: string }; href: string };

export type HomeDto = {
  /** Most pressing kind first. Empty when there is nothing to do. */
  sections: TodoSection[];
  groups: MyGroupDto[];
  /** What the profile lacks for a good introduction: a short bio, the languages spoken (the page words them). */
  profileMissing: ProfileGap[];
  /** The person has (or had) a mentorship: the empty state then says "all caught up" rather than how to start. */
  hasMentorships: boolean;
  /** Programs open for applications in the person's groups that they have not applied to: for the empty state. */
  openPrograms: OpenProgramDto[];
};

/** A part of the profile that admins introduce people with. */
export type ProfileGap = "bio" | "languages";
