import type { QuestionDto } from "@/lib/programs/dto";
import type { Reason } from "./reasons";
import type { MatchingRules } from "./rules";
import type { Unplaced } from "./unplaced";
import type { Suggestion, Weights } from "./scoring";
import type { AvatarPhoto } from "@/lib/photos/url";

// What the matching board, the cohort draft and the pairings list receive: small, and never a pair's words.

export type CandidateDto = {
  applicationId: string;
  userId: string;
  name: string;
  image: string | null;
  photo: AvatarPhoto | null;
  topics: string[];
  languages: string[];
  timeZone: string | null;
  cadence: string | null;
  /** Answers keyed by question id, for the side-by-side comparison. */
  answers: Record<string, unknown>;
  /** The free-text answers joined (goals for mentees, experience for mentors): what the text signal reads. */
  text: string;
  approvedAt: string | null;
};

export type MentorCandidateDto = CandidateDto & { capacity: number; active: number; remaining: number };

export type SuggestionDto = {
  mentorApplicationId: string;
  name: string;
  score: number;
  /** What speaks for the pair, in English words, as the API has always answered. */
  reasons: string[];
  /** What speaks against it (a long time gap, no shared language, …), in English words. */
  drawbacks: string[];
  remaining: number;
  capacity: number;
};

export type MatchingBoardDto = {
  program: { id: string; name: string; state: string; topics: string[]; archived: boolean; canMatch: boolean };
  weights: Weights;
  /** The program's hard rules: what is ranked on the screen keeps them too. */
  rules: MatchingRules;
  /** Approved mentees without an active pairing, who are active members. */
  mentees: CandidateDto[];
  /** Approved mentors who are active members, with their places (full ones included, with remaining 0). */
  mentors: MentorCandidateDto[];
  exclusions: { menteeApplicationId: string; mentorApplicationId: string }[];
  questions: { MENTOR: QuestionDto[]; MENTEE: QuestionDto[] };
  counts: { activePairings: number; waitlistedMentees: number };
};

export type CohortPairDto = {
  menteeApplicationId: string;
  menteeName: string;
  mentorApplicationId: string;
  mentorName: string;
  score: number;
  /** What speaks for the pair, in English words, as the API has always answered. */
  reasons: string[];
  /** What speaks against it, in English words. */
  drawbacks: string[];
  /** Both as data (strengths and drawbacks, `isDrawback`), for the screens to word in the reader's language. */
  why: Reason[];
  /** Drafted in English; the cohort screen drafts its own in the reader's language. */
  introduction: string;
};

export type CohortDraftDto = {
  pairs: CohortPairDto[];
  /** Mentees the draft could not place (no mentor with a place who isn't excluded and keeps the rules). */
  unmatched: { applicationId: string; name: string }[];
  /** Why, grouped by cause ("4 mentees: no mentor with a place who speaks Tigrinya"), largest group first. */
  unplaced: { why: Unplaced; menteeApplicationIds: string[] }[];
  /** The program's hard rules the draft kept (changing a pair's mentor keeps them too). */
  rules: MatchingRules;
};

export type PairingState = "ACTIVE" | "COMPLETED" | "ENDED";

export type PairingPersonDto = {
  applicationId: string;
  userId: string;
  name: string;
  image: string | null;
  photo: AvatarPhoto | null;
};

export type PairingRowDto = {
  id: string;
  state: PairingState;
  mentor: PairingPersonDto;
  mentee: PairingPersonDto;
  startedAt: string;
  endedAt: string | null;
  completedAt: string | null;
  /** Private to the program's admins. */
  endReason: string | null;
  /** Steps both participants have checked in on, of the program's current steps (check-ins fill it in). */
  progress: { done: number; total: number };
  lastActivityAt: string;
};

export type PairingListDto = {
  items: PairingRowDto[];
  counts: Record<PairingState, number>;
  nextCursor: string | null;
};

/** A page of a list on the board: the address of the next one (and the previous one, for mentees). */
export type BoardPageLinks = { after: string | null; before: string | null };

/**
 * What the matching board's page sends: one page of waiting mentees, and either one page of mentors or, for the
 * chosen mentee, their best suggestions (ranked on the server) with the mentors they name. Bounded whatever the
 * size of the cohort.
 */
export type BoardPageDto = {
  /** With the group's slug, so the page can check the address names the program's own group. */
  program: MatchingBoardDto["program"] & { groupSlug: string; mentorshipEnabled: boolean };
  /** The program's saved weights, and those the suggestions were ranked with (tried out in the address). */
  weights: Weights;
  rankedWith: Weights;
  counts: {
    activePairings: number;
    waitlistedMentees: number;
    /** Every waiting mentee (those the filters keep are not counted: that would read the whole cohort). */
    waiting: number;
    /** Mentors with a place, their places, and the open mentors the filters hide. */
    openMentors: number;
    places: number;
    hiddenWithPlaces: number;
  };
  facets: { topics: string[]; languages: string[]; timeZones: string[] };
  mentees: { items: CandidateDto[]; links: BoardPageLinks };
  /** The chosen mentee, with answers; null when none is chosen (or they no longer wait). */
  selected: CandidateDto | null;
  /** Without a chosen mentee: a page of mentors, most places first. */
  mentors: { items: MentorCandidateDto[]; after: string | null } | null;
  /** With one: the suggestions, best first (at most SUGGESTIONS_MAX), the mentors they name and the others. */
  suggestions: {
    ranked: Suggestion[];
    /** Mentors with a place or not, by id: those ranked, excluded and full that are listed. */
    mentors: MentorCandidateDto[];
    excluded: string[];
    /** The admin's exclusions for this mentee among mentors with places, and mentors without places. */
    excludedHere: { ids: string[]; total: number };
    full: { ids: string[]; total: number };
  } | null;
  questions: { MENTOR: QuestionDto[]; MENTEE: QuestionDto[] };
};
