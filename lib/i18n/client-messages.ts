import type { Messages } from "./messages";

/**
 * The messages client components read ("use client" files under app/ and components/ that call useTranslations),
 * as dotted paths: only these are serialized into every page for the browser. Server components read the whole
 * catalogue on the server at no cost to the page. The whole catalogue in every page added ~8 KB of HTML to
 * /sign-in. A client component that reads a key not listed here fails its browser test with a missing message.
 */
export const CLIENT_MESSAGES = [
  "shell",
  "auth.email",
  "auth.password",
  "auth.signIn.forgot",
  "auth.signIn.submit",
  "auth.signIn.pending",
  "auth.signIn.newHere",
  "auth.signIn.createAccount",
  "auth.signUp.name",
  "auth.signUp.passwordHint",
  "auth.signUp.timeZone",
  "auth.signUp.submit",
  "auth.signUp.pending",
  "auth.signUp.haveAccount",
  "auth.signUp.signIn",
  "auth.forgot.nothingAfter",
  "auth.forgot.sendAnother",
  "auth.forgot.backToSignIn",
  "auth.forgot.submit",
  "auth.forgot.pending",
  "auth.forgot.remembered",
  "auth.forgot.signIn",
  "auth.reset.newLink",
  "auth.reset.newPassword",
  "auth.reset.passwordHint",
  "auth.reset.confirm",
  "auth.reset.signsOut",
  "auth.reset.submit",
  "auth.reset.pending",
  // Matching board, cohort draft, admin pairings list and progress dashboard (issue 21, matching area)
  "matching.board",
  "matching.toast.undo",
  "matching.filters",
  "matching.weights",
  "matching.mentors",
  "matching.facts",
  "matching.score",
  "matching.reasons",
  "matching.compare",
  "matching.matchDialog",
  "matching.introductionLabel",
  "matching.introduction",
  "matching.picker",
  "cohort.overPlaces",
  "cohort.proposedPairs",
  "cohort.bar",
  "cohort.leftOut",
  "cohort.pair",
  "cohort.choose",
  "adminPairings.shown",
  "adminPairings.loadMore",
  "adminPairings.loadingMore",
  "adminPairings.rows",
  "adminPairings.end",
  "adminPairings.move",
  "progress.nudge",
  "progress.nudging",
  "progress.complete",
  "progress.completing",
  "progress.completeTitle",
  "progress.completeDescription",
  "progress.cancel",
] as const;

type Tree = { [key: string]: unknown };

/** The part of a catalogue at the listed paths, in the catalogue's own shape. */
export function pickMessages(messages: Messages | Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const dotted of paths) {
    const keys = dotted.split(".");
    let from: unknown = messages;
    let to = out;
    keys.forEach((key, i) => {
      from = (from as Tree | undefined)?.[key];
      if (from === undefined) return;
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Tree;
    });
  }
  return out;
}
