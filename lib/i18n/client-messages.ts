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
  // Accounts, settings, invitations, shared UI and error pages (issue 21): read by their client components.
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
  "ui",
  "errorPages.error",
  // Programs (issue 21): the mentorship tab, program pages, applying, the review queue and the program editor.
  "programs.applicationState",
  "programs.cadence",
  "programs.answer",
  "programs.myApplication",
  "programs.role",
  "applications.decision",
  "applications.row",
  "applications.queue",
  "applications.panel",
  "apply.form",
  "apply.capacity",
  "apply.question",
  "apply.tags",
  "programs.openEnded",
  "programs.weeks",
  "programs.programState",
  "programEditor.templateLegend",
  "programEditor.templateHint",
  "programEditor.anyLength",
  "programEditor.templateSteps",
  "programEditor.noSteps",
  "programEditor.detailsLegend",
  "programEditor.detailsHint",
  "programEditor.creating",
  "programEditor.create",
  "programEditor.createNote",
  "programEditor.tabs",
  "programEditor.stateBar",
  "programEditor.close",
  "programEditor.remove",
  "programEditor.details",
  "programEditor.tagList",
  "programEditor.steps",
  "programEditor.stepForm",
  "programEditor.questions",
  "programEditor.questionForm",
  "programEditor.kind",
  "programEditor.kindHint",
  "programEditor.sortable",
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
