import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { describeAuditEvent } from "@/lib/audit/describe";

const sentence = (action: string, data: Record<string, unknown> = {}, targetName: string | null = null) =>
  describeAuditEvent({ action, data, targetName });

describe("the activity log's sentences", () => {
  it("say something of their own for every action the log records, whatever its domain", () => {
    for (const action of AUDIT_ACTIONS) {
      const text = sentence(action, {}, "Sam");
      expect(text, action).not.toMatch(/^did /);
      expect(text.length, action).toBeGreaterThan(0);
    }
  });

  it("read as before, across domains", () => {
    expect(sentence("group.update", { fields: ["name", "coverColor", "rules"] })).toBe(
      "changed the group's name, cover colour and rules",
    );
    expect(sentence("membership.approve", { name: "James" })).toBe("approved James' request");
    expect(sentence("membership.mute", { duration: "7d" }, "Sam")).toBe("muted Sam for 7 days");
    expect(sentence("membership.role", { to: "MODERATOR" }, "Sam")).toBe("made Sam a moderator");
    expect(sentence("post.remove", { reason: "spam" }, "Tess")).toBe("removed a post by Tess: spam");
    expect(sentence("invitation.revoke", { kind: "link" })).toBe("revoked an invitation link");
    expect(sentence("program.open", { program: "Pilot" })).toBe("opened applications for the program Pilot");
    expect(sentence("program.steps")).toBe("edited the steps of a program");
    expect(sentence("application.waitlist", { role: "MENTEE" }, "Bob")).toBe("waitlisted Bob's application as mentee");
    expect(sentence("pairing.end", { mentor: "Ann", mentee: "Bob" })).toBe("ended the pairing of Bob with Ann");
    expect(sentence("pairing.end", { departed: "Bob" })).toBe("ended a pairing");
    expect(sentence("matching.weights", { program: "Pilot" })).toBe("changed the suggestion weights of Pilot");
    expect(sentence("report.resolve", { outcome: "warn" })).toBe("resolved a report");
  });

  it("still read as something for an action this version does not know, even one named like an object's property", () => {
    expect(sentence("poll.close")).toBe("did poll.close");
    expect(sentence("toString")).toBe("did toString");
    expect(sentence("constructor")).toBe("did constructor");
  });
});
