import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The one door (issue 16): a service in lib/ that can reach the database by itself (it imports the `db` client)
 * goes through `authorize` from lib/auth/authorize.ts, or is one of the resolvers the door calls, or is on the
 * list below with the reason it has no resource to authorize. Helpers that only receive a `tx` run inside the
 * transaction of a service that went through the door, so they are not services here.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Exceptions: a path (or a folder, ending in "/") and why it does not go through the door. One line each. */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  "lib/accounts/": "the actor's own account (sign-in, sign-up, password, email, deletion, export): identity, no group",
  "lib/auth/session-user.ts": "reads who the actor is, before any permission can be asked",
  "lib/auth/page-session.ts":
    "reads who the actor is (and their own header counts), before any permission can be asked",
  "lib/jobs/": "background jobs: no actor, they act on due rows",
  "lib/health.ts": "the health probe: no actor, no resource",
  "lib/notifications/": "the actor's own notifications and preferences; the outbox is written inside services",
  "lib/home/": "the actor's own home page: their memberships and pairings, listed by query, not one resource",
  "lib/realtime/stream.ts": "realtime reader: checks each event's readers at delivery (threadReaders)",
  "lib/realtime/batch.ts": "realtime reader: a user's own event log after their cursor, with their session's check",
  "lib/chat/stream-events.ts": "realtime reader: the events of threads the stream already checked",
  "lib/realtime/sweep.ts": "realtime: the batched session check of the instance's open streams (no resource)",
  "lib/chat/unread-emails.ts": "a job: emails about unread messages, to their readers",
  "lib/badges/pending-counts.ts": "badge counts for abilities the caller got through the door (getGroup)",
  "lib/groups/find-directory.ts": "the public directory: visible groups only, filtered in its query",
  "lib/groups/find-my-groups.ts": "the actor's own memberships",
  "lib/groups/members/accept-invitation.ts": "an invitation link: its token is the credential",
  "lib/groups/members/get-invitation.ts": "an invitation link: its token is the credential",
  "lib/pairings/find-my-pairings.ts": "the actor's own pairings",
  "lib/pairings/reminders.ts": "a job: reminders to pairs that are due",
  "lib/photos/": "the actor's own photo; reading one needs only a signed-in viewer",
  "lib/programs/applications/find-my-applications.ts": "the actor's own applications",
  "lib/programs/applications/queue-filter.ts": "a query helper of findApplications, called after its door",
};

/** Helpers that are themselves a door (they call `authorize` first): calling one is going through the door. */
const DOOR_HELPERS = ["loadEditableProgram"];

export type DoorVerdict = "no-database" | "door" | "resolver" | "exception" | "violation";

/** The verdict for one file of lib/, from its path and text. */
export function doorVerdict(file: string, text: string): DoorVerdict {
  // A value import of a client (`import { db }`, `import { db, type Tx }`, the streams' `streamDb`); `import type`
  // cannot query.
  const importsClient =
    /^import\s+\{[^}]*(?<!type\s)\bdb\b[^}]*\}\s+from\s+"@\/lib\/db";/m.test(text) ||
    /^import\s+\{[^}]*(?<!type\s)\bstreamDb\b[^}]*\}\s+from\s+"@\/lib\/db\/stream-db";/m.test(text);
  if (!importsClient) return "no-database";
  if (/^declare module "@\/lib\/auth\/authorize"/m.test(text)) return "resolver";
  const importsDoor = /^import\s+\{[^}]*\bauthorize\b[^}]*\}\s+from\s+"@\/lib\/auth\/authorize";/m.test(text);
  if (importsDoor && /\bauthorize\(/.test(text)) return "door";
  if (DOOR_HELPERS.some((helper) => new RegExp(`\\b${helper}\\(`).test(text))) return "door";
  if (Object.keys(EXCEPTIONS).some((entry) => (entry.endsWith("/") ? file.startsWith(entry) : file === entry)))
    return "exception";
  return "violation";
}

function libFiles(dir = "lib"): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) return rel === "lib/db" ? [] : libFiles(rel);
    return rel.endsWith(".ts") ? [rel] : [];
  });
}

describe("the one door", () => {
  const files = libFiles().map((file) => ({
    file,
    verdict: doorVerdict(file, readFileSync(path.join(ROOT, file), "utf8")),
  }));

  it("every service in lib/ that reaches the database goes through authorize, or is a listed exception", () => {
    expect(files.filter((f) => f.verdict === "violation").map((f) => f.file)).toEqual([]);
  });

  it("every exception still names a file or folder that reaches the database (no stale entries)", () => {
    for (const entry of Object.keys(EXCEPTIONS)) {
      const matching = files.filter((f) => (entry.endsWith("/") ? f.file.startsWith(entry) : f.file === entry));
      expect(
        matching.some((f) => f.verdict === "exception"),
        entry,
      ).toBe(true);
    }
  });

  it("every kind of ref a domain declares has its loader registered at start-up, which pages load too", () => {
    const declared = files
      .filter((f) => f.verdict === "resolver")
      .flatMap(({ file }) => {
        const block = /interface Resolvers \{([^}]*)\}/.exec(readFileSync(path.join(ROOT, file), "utf8"))?.[1] ?? "";
        return [...block.matchAll(/^\s*(\w+):/gm)].map((m) => m[1]!);
      });
    const wiring = readFileSync(path.join(ROOT, "lib/wiring.ts"), "utf8");
    const registered = [...wiring.matchAll(/^resolver\(\s*"(\w+)"/gm)].map((m) => m[1]!);
    expect(declared.length).toBeGreaterThan(10);
    expect([...registered].sort()).toEqual([...declared].sort());
    expect(readFileSync(path.join(ROOT, "app/layout.tsx"), "utf8")).toMatch(/^import "@\/lib\/wiring";$/m);
  });

  it("the old doors are gone", () => {
    const old =
      /\b(authorizeInGroup|loadGroupContext|getGroupContext|authorizeProgram|loadProgramContext|authorizePairingAction|authorizePairing|loadPairingContext|authorizeThread|authorizeMemberAction|authorizeOnMembersOf)\b/;
    const rest = [...files.map((f) => f.file), ...["app", "components"].flatMap((d) => walk(d))];
    expect(rest.filter((file) => old.test(readFileSync(path.join(ROOT, file), "utf8")))).toEqual([]);
  });

  describe("fails on a service that skips the door", () => {
    const service = (body: string) =>
      `import "server-only";\nimport { db } from "@/lib/db";\n${body}\nexport async function f() {\n  return db.group.findMany();\n}\n`;

    it("flags a new service that queries with the client and never calls authorize", () => {
      expect(doorVerdict("lib/groups/new-service.ts", service(""))).toBe("violation");
    });

    it("flags one that imports the door but does not call it", () => {
      expect(
        doorVerdict("lib/groups/new-service.ts", service('import { authorize } from "@/lib/auth/authorize";')),
      ).toBe("violation");
    });

    it("passes one that calls authorize, and one that calls a door helper", () => {
      const body =
        'import { authorize } from "@/lib/auth/authorize";\nconst c = () => authorize(null, "group.read", { groupId: "g" });';
      expect(doorVerdict("lib/groups/new-service.ts", service(body))).toBe("door");
      expect(doorVerdict("lib/programs/x.ts", service("const c = () => loadEditableProgram(a, b, c, d);"))).toBe(
        "door",
      );
    });

    it("ignores a helper that only receives a transaction, and type imports", () => {
      const helper = 'import type { Tx } from "@/lib/db";\nexport const g = (tx: Tx) => tx.group.count();\n';
      expect(doorVerdict("lib/groups/helper.ts", helper)).toBe("no-database");
    });

    it("accepts a listed exception, by file or by folder", () => {
      expect(doorVerdict("lib/groups/find-directory.ts", service(""))).toBe("exception");
      expect(doorVerdict("lib/accounts/anything-new.ts", service(""))).toBe("exception");
    });
  });
});

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) return walk(rel);
    return /\.tsx?$/.test(rel) ? [rel] : [];
  });
}
