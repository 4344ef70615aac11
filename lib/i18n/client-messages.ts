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
  // Groups (issue 21): the group header's tabs and join controls, the group form, the feed, members and moderation.
  "groups.role",
  "groups.tabs.navLabel",
  "groups.join",
  "groups.form",
  "groups.transfer",
  "groups.archive",
  "groups.requests",
  "feed.time",
  "feed.composer",
  "feed.edit",
  "feed.comments",
  "feed.post",
  "feed.reactions",
  "feed.menu",
  "feed.dialogs",
  "feed.pending",
  "members.list",
  "members.dialog",
  "members.banned",
  "members.invitations",
  "members.invite",
  "moderation.reason",
  "moderation.queue",
  "moderation.messages",
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
