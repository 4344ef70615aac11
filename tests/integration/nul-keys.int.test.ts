/**
 * An id with a NUL (or anything no row's id could be) reaches the door's resolvers from a path like
 * `/notifications/%00/open`: PostgreSQL text cannot hold a NUL and fails with 22021, a 500. Each resolver, and
 * opening a notification, answers NOT_FOUND before asking the database.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { openNotification } from "@/lib/notifications/open-notification";
import { createUser } from "../factories/users";

const HOSTILE = ["a\0b", "\0", "x".repeat(500), "id' OR '1'='1"];

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
}

describe("a key no row could have", () => {
  it("is NOT_FOUND at every door resolver that reads a row by id, and when opening a notification", async () => {
    const user = await createUser(db);
    const actor = { id: user.id, name: user.name, email: user.email, timeZone: user.timeZone };
    for (const id of HOSTILE) {
      expect(await codeOf(authorize(actor, "posts.moderate", { postId: id })), `postId ${JSON.stringify(id)}`).toBe(
        "NOT_FOUND",
      );
      expect(await codeOf(authorize(actor, "content.edit", { commentId: id })), "commentId").toBe("NOT_FOUND");
      expect(await codeOf(authorize(actor, "reports.review", { reportId: id })), "reportId").toBe("NOT_FOUND");
      expect(await codeOf(authorize(actor, "members.mute", { membershipId: id })), "membershipId").toBe("NOT_FOUND");
      expect(await codeOf(authorize(actor, "members.invite", { invitationId: id })), "invitationId").toBe("NOT_FOUND");
      expect(await codeOf(openNotification(actor, id)), "notification").toBe("NOT_FOUND");
    }
  });
});
