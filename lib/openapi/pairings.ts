import type { Operation } from "./types";
import {
  ZCheckInInput,
  ZDashboardQuery,
  ZFeedbackInput,
  ZLeavePairingInput,
  ZNudgeInput,
} from "@/lib/pairings/schemas";

const tag = "Pairings";

/** The pair's space, check-ins and finishing (participants), and progress for the program's admins. */
export const pairingOperations: Operation[] = [
  { method: "get", path: "/api/v1/me/pairings", summary: "Your mentorships, with what is due next", tag, auth: true },
  {
    method: "get",
    path: "/api/v1/pairings/{pairingId}",
    summary: "The pair's space: steps, due dates, check-ins, progress (participants only)",
    tag,
    auth: true,
  },
  {
    method: "put",
    path: "/api/v1/pairings/{pairingId}/check-ins",
    summary: "Write or edit your check-in on a step (until the step completes)",
    tag,
    auth: true,
    body: ZCheckInInput,
  },
  {
    method: "post",
    path: "/api/v1/pairings/{pairingId}/completion",
    summary: "Propose completion, or confirm the other participant's proposal",
    tag,
    auth: true,
  },
  {
    method: "put",
    path: "/api/v1/pairings/{pairingId}/completion",
    summary: "Complete an active pairing (the program's admins)",
    tag,
    auth: true,
  },
  {
    method: "post",
    path: "/api/v1/pairings/{pairingId}/leave",
    summary: "End your mentorship early (the reason goes to the admins only)",
    tag,
    auth: true,
    body: ZLeavePairingInput,
  },
  {
    method: "post",
    path: "/api/v1/pairings/{pairingId}/feedback",
    summary: "Feedback on a completed mentorship",
    tag,
    auth: true,
    body: ZFeedbackInput,
    success: { status: 201, description: "The feedback's id" },
  },
  {
    method: "post",
    path: "/api/v1/pairings/{pairingId}/nudge",
    summary: "Nudge a quiet pair (admins; at most once a day)",
    tag,
    auth: true,
    body: ZNudgeInput,
  },
  {
    method: "get",
    path: "/api/v1/programs/{programId}/dashboard",
    summary: "Progress for admins: funnel, pairs, weekly check-ins, feedback",
    tag,
    auth: true,
    query: ZDashboardQuery,
  },
  {
    method: "get",
    path: "/api/v1/programs/{programId}/dashboard/pairs.csv",
    summary: "The pairs and their outcomes as CSV",
    tag,
    auth: true,
    query: ZDashboardQuery,
    success: { status: 200, description: "text/csv" },
  },
];
