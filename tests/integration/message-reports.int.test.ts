/**
 * Reported messages reach the group's owners and admins alone, one message at a time, and each outcome does what
 * it says: warn the author, end the pairing, remove the author from the group, or dismiss.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendMessage } from "@/lib/chat/send-message";
import { reportMessage } from "@/lib/chat/report-message";
import { deleteMessage, editMessage } from "@/lib/chat/change-message";
import { findMessageReports } from "@/lib/chat/find-message-reports";
import { resolveMessageReport } from "@/lib/chat/resolve-message-report";
import { createUser } from "../factories/users";
import { addMember } from "../factories/groups";
import { callerOf } from "../factories/pairings";
import { chatWorld, newClientId } from "../factories/chat";
import { expectRefused, outcome } from "./support/world";
import { abilities } from "@/lib/groups/scope";
import { authorize } from "@/lib/auth/authorize";
import { pendingCounts } from "@/lib/badges/pending-counts";

async function reported() {
  const world = await chatWorld(db);
  const { w, pair, mentee, mentor } = world;
  await sendMessage(mentee, pair.threadId, { clientId: newClientId(), body: "Private words nobody else should read" });
  const { message } = await sendMessage(mentor, pair.threadId, { clientId: newClientId(), body: "You are useless." });
  const { reportId } = await reportMessage(mentee, message.id, { reason: "HARASSMENT", note: "Not okay" });
  const slug = (await db.group.findUniqueOrThrow({ where: { id: w.group.id }, select: { slug: true } })).slug;
  return { ...world, message, reportId, slug };
}

describe("reported messages", () => {
  it("show the owners and admins the reported message alone, with reporter and author", async () => {
    const { w, slug, message, reportId } = await reported();
    const reports = await findMessageReports(w.admin, slug);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      id: reportId,
      reason: "HARASSMENT",
      note: "Not okay",
      reporter: { name: "Mia Mentee" },
      author: { name: "Max Mentor" },
      message: { id: message.id, body: "You are useless.", since: null },
    });
    expect(JSON.stringify(reports)).not.toContain("Private words");
    expect(await findMessageReports(w.owner, slug)).toHaveLength(1);
  });

  it("are not for moderators, members or another group's admins", async () => {
    const { w, slug, reportId } = await reported();
    const moderator = await createUser(db, { name: "Mo Moderator", password: null });
    await addMember(db, w.group, moderator, { role: "MODERATOR" });
    const member = await createUser(db, { name: "Meg Member", password: null });
    await addMember(db, w.group, member);
    const other = await chatWorld(db);
    // The group is private but discoverable: its reports page is refused; a report's id names nothing to them.
    for (const who of [callerOf(moderator), callerOf(member), other.w.admin]) {
      expect((await outcome(findMessageReports(who, slug))).code).toBe("FORBIDDEN");
      await expectRefused(() => resolveMessageReport(who, reportId, { outcome: "dismiss" }), "NOT_FOUND", who.name);
    }
    // The tabs' counts: the admin's counts the reported message; a moderator's does not even hint at it.
    const reportsBadge = async (who: { id: string }) => {
      const { group, scope } = await authorize(who, "group.read", { groupSlug: slug });
      return (await pendingCounts(group.id, abilities(who, scope), who.id)).reports;
    };
    expect(await reportsBadge(w.admin)).toBe(1);
    expect(await reportsBadge(callerOf(moderator))).toBe(0);
  });

  it("are not for an admin who is in the reported conversation: the group's other admins handle them", async () => {
    const { w, pair, mentee, mentor } = await chatWorld(db);
    // The mentor also runs the group, as happens in small groups.
    await db.membership.update({
      where: { groupId_userId: { groupId: w.group.id, userId: mentor.id } },
      data: { role: "ADMIN" },
    });
    const { message } = await sendMessage(mentor, pair.threadId, { clientId: newClientId(), body: "Do as I say." });
    const { reportId } = await reportMessage(mentee, message.id, { reason: "HARASSMENT", note: "He scares me" });
    const slug = (await db.group.findUniqueOrThrow({ where: { id: w.group.id }, select: { slug: true } })).slug;
    expect(await findMessageReports(mentor, slug)).toEqual([]);
    await expectRefused(() => resolveMessageReport(mentor, reportId, { outcome: "dismiss" }), "NOT_FOUND", "author");
    const badge = async (who: { id: string }) => {
      const { group, scope } = await authorize(who, "group.read", { groupSlug: slug });
      return (await pendingCounts(group.id, abilities(who, scope), who.id)).reports;
    };
    expect(await badge(mentor)).toBe(0);
    expect(await badge(w.admin)).toBe(1);
    expect(await db.notification.count({ where: { userId: mentor.id, kind: "message.reported" } })).toBe(0);
    expect((await findMessageReports(w.admin, slug)).map((r) => r.note)).toEqual(["He scares me"]);
  });

  it("show the admins the words reported, whatever the author edits or deletes afterwards", async () => {
    const { w, slug, message, reportId, mentor } = await reported();
    await editMessage(mentor, message.id, { body: "Have a nice day" });
    const [edited] = await findMessageReports(w.admin, slug);
    expect(edited!.message).toMatchObject({ body: "You are useless.", since: "edited" });
    await deleteMessage(mentor, message.id);
    const [deleted] = await findMessageReports(w.admin, slug);
    expect(deleted!.message).toMatchObject({ body: "You are useless.", since: "deleted" });
    expect(JSON.stringify(deleted)).not.toContain("nice day");
    await resolveMessageReport(w.admin, reportId, { outcome: "dismiss" });
  });

  it("are handled once: a second admin's removal of an already-dismissed report's author changes nothing", async () => {
    const { w, pair, reportId } = await reported();
    const second = await createUser(db, { name: "Ada Admin", password: null });
    await addMember(db, w.group, second, { role: "ADMIN" });
    await resolveMessageReport(w.admin, reportId, { outcome: "dismiss" });
    expect((await outcome(resolveMessageReport(callerOf(second), reportId, { outcome: "remove" }))).code).toBe(
      "CONFLICT",
    );
    const membership = await db.membership.findUniqueOrThrow({
      where: { groupId_userId: { groupId: w.group.id, userId: pair.mentor.user.id } },
    });
    expect(membership.status).toBe("ACTIVE");
    // To anyone who may not handle it, a handled report still does not exist.
    const moderator = await createUser(db, { name: "Mo Moderator", password: null });
    await addMember(db, w.group, moderator, { role: "MODERATOR" });
    await expectRefused(
      () => resolveMessageReport(callerOf(moderator), reportId, { outcome: "dismiss" }),
      "NOT_FOUND",
      "moderator, handled report",
    );
  });

  it("warn the author with the admin's note, once", async () => {
    const { w, pair, reportId } = await reported();
    expect(await resolveMessageReport(w.admin, reportId, { outcome: "warn", note: "Please be kind." })).toEqual({
      outcome: "warn",
    });
    const warnings = await db.notification.findMany({
      where: { userId: pair.mentor.user.id, kind: "message.warning" },
    });
    expect(warnings.map((n) => n.body)).toEqual(["Please be kind."]);
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("RESOLVED");
    expect((await outcome(resolveMessageReport(w.admin, reportId, { outcome: "warn" }))).code).toBe("CONFLICT");
  });

  it("end the pairing, keeping the note with the admins", async () => {
    const { w, pair, reportId } = await reported();
    await resolveMessageReport(w.admin, reportId, { outcome: "end", note: "Harassment in chat" });
    const ended = await db.pairing.findUniqueOrThrow({ where: { id: pair.id } });
    expect(ended).toMatchObject({ state: "ENDED", endReason: "Harassment in chat" });
    const told = await db.notification.findMany({ where: { kind: "pairing.ended", userId: pair.mentee.user.id } });
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told)).not.toContain("Harassment");
  });

  it("remove the author from the group, which ends their pairings", async () => {
    const { w, pair, reportId } = await reported();
    await resolveMessageReport(w.admin, reportId, { outcome: "remove" });
    const membership = await db.membership.findUnique({
      where: { groupId_userId: { groupId: w.group.id, userId: pair.mentor.user.id } },
    });
    expect(membership).toBeNull();
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pair.id } })).state).toBe("ENDED");
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).resolution).toBe("remove");
  });

  it("dismiss changes nothing but the report", async () => {
    const { w, pair, reportId } = await reported();
    await resolveMessageReport(w.admin, reportId, { outcome: "dismiss" });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pair.id } })).state).toBe("ACTIVE");
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("DISMISSED");
  });
});
