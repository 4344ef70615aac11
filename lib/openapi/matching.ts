import type { Operation } from "./types";
import { ZWeights } from "@/lib/matching/weights-schema";
import { ZMatchingRules } from "@/lib/matching/rules-schema";
import {
  ZConfirmCohortInput,
  ZEndPairingInput,
  ZExclusionInput,
  ZMatchInput,
  ZMovePairingInput,
  ZPairingsQuery,
  ZSuggestionsQuery,
} from "@/lib/matching/schemas";

const tag = "Matching";

/** Matching: suggestions, cohort drafts, pairings and their changes (the program's owners and admins). */
export const matchingOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/programs/{programId}/pairings",
    summary: "The program's pairings with state, dates and progress (admins)",
    tag,
    auth: true,
    query: ZPairingsQuery,
  },
  {
    method: "post",
    path: "/api/v1/programs/{programId}/pairings",
    summary:
      "Match a mentor with a mentee (one transaction: pairing, thread, introduction, notifications); a pair that " +
      "breaks a hard rule needs overrideRules: true, recorded in the audit",
    tag,
    auth: true,
    body: ZMatchInput,
    success: { status: 201, description: "The pairing's and its thread's ids" },
  },
  {
    method: "get",
    path: "/api/v1/programs/{programId}/suggestions",
    summary: "Mentors ranked for one waiting mentee, with scores and reasons in words",
    tag,
    auth: true,
    query: ZSuggestionsQuery,
  },
  {
    method: "get",
    path: "/api/v1/programs/{programId}/cohort",
    summary: "A draft assignment of every waiting mentee (nothing is written)",
    tag,
    auth: true,
  },
  {
    method: "post",
    path: "/api/v1/programs/{programId}/cohort",
    summary: "Confirm the pairs kept from a cohort draft: all are made, or none",
    tag,
    auth: true,
    body: ZConfirmCohortInput,
    success: { status: 201, description: "How many pairings were made, and their ids" },
  },
  {
    method: "put",
    path: "/api/v1/programs/{programId}/matching-weights",
    summary: "Set how much each signal counts in suggestions (0–5 each)",
    tag,
    auth: true,
    body: ZWeights,
  },
  {
    method: "get",
    path: "/api/v1/programs/{programId}/matching-rules",
    summary: "The program's hard rules: shared language, maximum time gap, topics that must overlap",
    tag,
    auth: true,
  },
  {
    method: "put",
    path: "/api/v1/programs/{programId}/matching-rules",
    summary: "Set the program's hard rules (pairs that break one are never suggested or drafted)",
    tag,
    auth: true,
    body: ZMatchingRules,
  },
  {
    method: "put",
    path: "/api/v1/programs/{programId}/exclusions",
    summary: "Exclude a mentor from a mentee's suggestions, or allow them again",
    tag,
    auth: true,
    body: ZExclusionInput,
  },
  {
    method: "post",
    path: "/api/v1/pairings/{pairingId}/end",
    summary: "End a pairing early (the reason stays with the admins)",
    tag,
    auth: true,
    body: ZEndPairingInput,
  },
  {
    method: "post",
    path: "/api/v1/pairings/{pairingId}/move",
    summary: "Move the mentee to another mentor (ends this pairing, makes the new one)",
    tag,
    auth: true,
    body: ZMovePairingInput,
    success: { status: 201, description: "The new pairing's and its thread's ids" },
  },
];
