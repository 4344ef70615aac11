import type { Messages } from "./messages";

/**
 * The messages client components read ("use client" files under app/ and components/ that call useTranslations),
 * as dotted paths, by the part of the app that renders them: only these are serialized into a page for the
 * browser. Server components read the whole catalogue on the server at no cost to the page. The root layout sends
 * the shell's; each area's layout (or page) wraps its content in <ClientMessages areas={[…]}> (components/
 * client-messages.tsx), which sends the shell's and the area's: a page sends ~2–30 KB of messages instead of the
 * ~38 KB every area's client messages come to (the whole catalogue is ~80 KB). A client component that reads a key
 * not sent on its page shows the key's path instead of words, which its browser test catches.
 */
export const CLIENT_MESSAGES = {
  /** Every page: the header, footer, menus, toasts, dialogs' close buttons, the error page, the sign-in forms. */
  shell: [
    "shell",
    // The bell's relative times ("just now"), in the header of every page.
    "notificationsPage.justNow",
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
    "ui",
    "errorPages.error",
  ],
  /** Settings, invitations, unsubscribing, confirming an email address. */
  accounts: [
    "settings.nav",
    "settings.profile",
    "settings.language",
    "settings.photo",
    "settings.notifications",
    "settings.privacy.deleteWhy",
    "settings.privacy.deleteSubmit",
    "settings.privacy.deleting",
    "settings.privacy.exportWhy",
    "settings.privacy.exportSubmit",
    "settings.privacy.exportAgain",
    "settings.privacy.asking",
    "settings.privacy.yourPassword",
    "settings.privacy.yourEmail",
    "settings.privacy.typeToConfirm",
    "account.email",
    "account.password",
    "account.verifyEmail.password",
    "account.verifyEmail.passwordHint",
    "account.verifyEmail.confirming",
    "account.verifyEmail.confirmMine",
    "account.verifyEmail.confirmAndSignIn",
    "account.verifyEmail.sendNew",
    "account.verifyEmail.sending",
    "invite.rules",
    "invite.agree",
    "invite.joinAtOnce",
    "invite.review",
    "invite.accepting",
    "invite.accept",
    "unsubscribe.changeAnyTime",
    "unsubscribe.submit",
    "unsubscribe.pending",
  ],
  /*
   * The mentorship pages, one area per page (issue 18): each page's client components read a few dozen of the
   * ~35 KB the mentorship tab's areas come to, and the list is exactly what they read (tests/unit/
   * client-messages-pages.test.ts walks each page's client modules and fails on a key missing or unread). A path
   * repeated in several areas costs nothing more: every pick shares the catalogue's own objects. The mentorship tab
   * itself sends nothing beyond the groups area its group's layout sends.
   */
  /** A program's page: its state, and the viewer's own applications (continue, withdraw, discard). */
  programPage: [
    "programs.programState",
    "programs.applicationState",
    "programs.myApplication.heading",
    "programs.myApplication.capacity",
    "programs.myApplication.fromAdmins",
    "programs.myApplication.continueDraft",
    "programs.myApplication.editAnswers",
    "programs.myApplication.roleSr",
    "programs.myApplication.discardDraft",
    "programs.myApplication.withdraw",
    "programs.myApplication.discardTitle",
    "programs.myApplication.withdrawTitle",
    "programs.myApplication.discardDescription",
    "programs.myApplication.withdrawApprovedDescription",
    "programs.myApplication.withdrawDescription",
    "programs.myApplication.keep",
    "programs.myApplication.discarding",
    "programs.myApplication.withdrawing",
    "programs.myApplication.withdrawApplication",
    "programs.myApplication.nextSteps",
  ],
  /** Applying (and editing a draft): the form, its questions, tags and the mentor's capacity. */
  apply: ["apply.form", "apply.capacity", "apply.question", "apply.tags", "programs.cadence"],
  /** The review queue: its rows, filters, selection and the decision dialog for many at once. */
  applicationQueue: [
    "programs.programState",
    "programs.applicationState",
    "programs.role",
    "programs.cadence",
    "applications.decision",
    "applications.queue.clearFilters",
    "applications.queue.newShowUp",
    "applications.queue.selectAll",
    "applications.queue.selectedCount",
    "applications.queue.tickBoth",
    "applications.queue.tickOne",
    "applications.queue.listLabel",
    "applications.queue.loadMore",
    "applications.queue.loading",
    "applications.row",
  ],
  /** One application's decision panel. */
  applicationDecision: [
    "programs.programState",
    "programs.applicationState",
    "applications.decision.verb",
    "applications.decision.pending",
    "applications.decision.told",
    "applications.decision.andNext",
    "applications.decision.titleName",
    "applications.decision.titleCount",
    "applications.decision.messageLabel",
    "applications.decision.messagePlaceholder",
    "applications.decision.messageHelp",
    "applications.decision.cancel",
    "applications.panel",
  ],
  /**
   * The program editor (a new program, a program's settings): its own area, so the other mentorship pages (the
   * progress dashboard among them) do not carry its ~8 KB of words. A new program adds its template picker's
   * lengths, a program's settings its state bar's states.
   */
  programEditor: ["programEditor"],
  programTemplates: ["programs.openEnded", "programs.weeks"],
  programStates: ["programs.programState"],
  /** The matching board: mentees, mentors, scores and why, the weights, comparing and the match dialog. */
  matchingBoard: [
    "programs.cadence",
    "programs.answer",
    "matching.board",
    "matching.toast.undo",
    "matching.filters",
    "matching.weights",
    "matching.mentors",
    "matching.facts",
    "matching.score.words",
    "matching.score.nothingStandsOut",
    "matching.score.why",
    "matching.score.against",
    "matching.score.againstOne",
    "matching.score.scoreOutOf",
    "matching.reasons",
    "matching.compare",
    "matching.matchDialog",
    "matching.introductionLabel",
    "matching.introduction",
  ],
  /** The cohort draft: proposed pairs, choosing another mentor, those left out and the confirm bar. */
  cohortDraft: [
    "matching.mentors.placesFree",
    "matching.mentors.full",
    "matching.score.words",
    "matching.score.nothingStandsOut",
    "matching.score.why",
    "matching.score.against",
    "matching.score.againstOne",
    "matching.score.scoreShort",
    "matching.reasons",
    "matching.introduction",
    "matching.picker",
    "cohort.proposedPairs",
    "cohort.overPlaces",
    "cohort.bar",
    "cohort.leftOut",
    "cohort.pair",
    "cohort.choose",
  ],
  /** The admin pairings list: its rows, ending a pairing and moving a mentee to another mentor. */
  adminPairings: [
    "matching.mentors.placesFree",
    "matching.mentors.full",
    "matching.score.scoreShort",
    "matching.score.againstOne",
    "matching.reasons",
    "matching.introductionLabel",
    "matching.introduction",
    "matching.picker",
    "adminPairings.shown",
    "adminPairings.loadMore",
    "adminPairings.loadingMore",
    "adminPairings.rows",
    "adminPairings.end",
    "adminPairings.move",
    "pairings.state",
  ],
  /** The progress dashboard: its rows (a client component: the page sends their fields, not their markup) and actions. */
  progressDashboard: [
    "progress.nudge",
    "progress.nudging",
    "progress.complete",
    "progress.completing",
    "progress.completeTitle",
    "progress.completeDescription",
    "progress.cancel",
    "pairings.state",
    "pairings.dashboard.table.stalled",
    "pairings.dashboard.table.noRatings",
    "pairings.dashboard.table.rating",
    "pairings.dashboard.table.stepsLater",
    "pairings.dashboard.table.due",
    "pairings.dashboard.table.progress",
    "pairings.dashboard.table.percent",
    "pairings.dashboard.table.pair",
    "pairings.dashboard.table.mentor",
    "pairings.dashboard.table.mentee",
    "pairings.dashboard.table.currentStep",
    "pairings.dashboard.table.lastActivity",
    "pairings.dashboard.table.averageRating",
    "pairings.dashboard.table.allDone",
  ],
  /** Home, My mentorships, the pair space, the thread and the notifications page. */
  pairs: [
    "pairings.checkIn",
    "pairings.checkInRating",
    "pairings.feedbackRating",
    "pairings.entry",
    "pairings.state",
    "pairings.step.yourCheckIn",
    "pairings.feedback",
    "pairings.finish",
    "pairings.leave",
    "chat.composer",
    "chat.list",
    "chat.item",
    "chat.menu",
    "chat.edit",
    "chat.report",
    "chat.pending",
    "chat.unreadLink",
    "chat.errors",
    "notificationsPage.markAll",
    "notificationsPage.marking",
  ],
  /**
   * The directory, a group's header, tabs and join buttons, and the feed's client parts (its menus, dialogs, report
   * reasons, reactions, comment boxes and the comments "View all" renders). The post cards and the join controls
   * render on the server, so their words (feed.post, groups.role) are not sent, but for the one a comment shows.
   */
  groups: [
    "groups.tabs.navLabel",
    "groups.join",
    "feed.time",
    "feed.composer",
    "feed.edit",
    "feed.comments",
    "feed.post.edited",
    "feed.reactions",
    "feed.menu",
    "feed.dialogs",
    "feed.pending",
    "moderation.reason",
  ],
  /**
   * My mentorships: its one client component that speaks is a card's unread-messages link (the cards themselves
   * render on the server). Not the whole "pairs" area: every request would serialize ~5 KB of check-in, feedback and
   * chat messages that nothing on the page reads (issue 18). Home sends no area at all: none of its client
   * components speaks (tests/unit/client-messages-pages.test.ts keeps both exact).
   */
  mentorships: ["chat.unreadLink"],
  /** The notifications page: its mark-all button (the relative times read the shell's "just now"). */
  notifications: ["notificationsPage.markAll", "notificationsPage.marking"],
  /** A group's admin pages: the group form (new group, settings), members, join requests, the report queues. */
  groupAdmin: [
    // The members list's role badges.
    "groups.role",
    "groups.form",
    "groups.transfer",
    "groups.archive",
    "groups.requests",
    "members.list",
    "members.dialog",
    "members.banned",
    "members.invitations",
    "members.invite",
    "moderation.queue",
    "moderation.messages",
  ],
} as const satisfies Record<string, readonly string[]>;

/** A part of the app whose client components need their own messages (its layout or page sends them). */
export type ClientArea = Exclude<keyof typeof CLIENT_MESSAGES, "shell">;

/** The dotted paths a page in these areas sends: the shell's always, then each area's. */
export function clientMessagePaths(areas: readonly ClientArea[] = []): string[] {
  return [...CLIENT_MESSAGES.shell, ...areas.flatMap((area) => CLIENT_MESSAGES[area])];
}

type Tree = { [key: string]: unknown };

/**
 * What a page hands to a NextIntlClientProvider: the shell's messages, then its areas'. Remembered per catalogue
 * (a catalogue is one object per language for the life of the process) and built on the shell's own objects: the
 * root layout's provider and an area's nested one then share them, and React's payload writes a shared object once
 * and refers to it after (it wrote the shell's `auth`, `notificationsPage`… twice before), and no request re-picks.
 */
export function clientMessages(messages: Messages | Tree, areas: readonly ClientArea[] = []): Tree {
  let byAreas = picked.get(messages);
  if (!byAreas) picked.set(messages, (byAreas = new Map()));
  const key = areas.join(",");
  let tree = byAreas.get(key);
  if (!tree) {
    tree =
      areas.length === 0
        ? pickMessages(messages, CLIENT_MESSAGES.shell)
        : mergeShared(
            clientMessages(messages),
            pickMessages(
              messages,
              areas.flatMap((area) => CLIENT_MESSAGES[area]),
            ),
          );
    byAreas.set(key, tree);
  }
  return tree;
}

const picked = new WeakMap<object, Map<string, Tree>>();

/** `base` with `extra` laid over it, reusing every object of `base` that `extra` adds nothing to. */
function mergeShared(base: Tree, extra: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const under = out[key];
    out[key] = isTree(under) && isTree(value) ? mergeShared(under, value) : value;
  }
  return out;
}

const isTree = (value: unknown): value is Tree => typeof value === "object" && value !== null && !Array.isArray(value);

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
