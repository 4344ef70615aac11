/**
 * Chat hardening on a real database: the unread-message email skips archived groups (whose threads answer 404),
 * and the JSON API refuses a malformed `Origin` header as a cross-site request (403) instead of failing with a 500.
 */
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { apiRoute } from "@/lib/http/route";
import { sendMessage } from "@/lib/chat/send-message";
import { sendUnreadMessageEmails } from "@/lib/chat/unread-emails";
import { chatWorld, newClientId } from "../factories/chat";

// Auth.js does not load outside Next.js; the origin check runs before anyone is looked up.
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
const chatEmails = (userId: string) => db.email.findMany({ where: { userId, kind: "message.received" } });

describe("unread-message emails", () => {
  it("sends none for an archived group's conversation, and still one for a live group's", async () => {
    const archived = await chatWorld(db);
    const live = await chatWorld(db);
    for (const { pair, mentor } of [archived, live])
      await sendMessage(mentor, pair.threadId, { clientId: newClientId(), body: "Are you there?" });
    await db.group.update({ where: { id: archived.w.group.id }, data: { archivedAt: new Date() } });

    expect(await sendUnreadMessageEmails(later(16))).toBe(1);
    expect(await chatEmails(archived.mentee.id)).toEqual([]);
    expect(await chatEmails(live.mentee.id)).toEqual([
      expect.objectContaining({ subject: "Max Mentor wrote to you on Kinship" }),
    ]);
  });
});

describe("the API's same-origin check", () => {
  const route = apiRoute({ auth: false, handler: async () => ({ ok: true }) });
  const post = (headers: Record<string, string>) =>
    route(new NextRequest("http://localhost:3000/api/v1/anything", { method: "POST", body: "{}", headers }), {
      params: Promise.resolve({}),
    });

  it.each(["null", "::::", "http://", "http://exa mple.com"])("answers 403 JSON to Origin: %s", async (origin) => {
    const res = await post({ origin, host: "localhost:3000" });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: expect.objectContaining({ code: "FORBIDDEN" }) });
  });

  it("lets the app's own origin through, and refuses another site's", async () => {
    expect((await post({ origin: "http://localhost:3000", host: "localhost:3000" })).status).toBe(200);
    expect((await post({ origin: "https://evil.example", host: "localhost:3000" })).status).toBe(403);
  });
});
