/**
 * The HTTP contract of /api/v1, generated from the OpenAPI document the app serves: every documented operation,
 * asked over real HTTP by four callers who may not use it (anonymous, an outsider signed in but in no group, a
 * plain member of the group, another group's admin), answers the documented refusal with the JSON error shape
 * (401 when signed out, 404 for what the caller may not see, 403 only where the document lists it), never a 500;
 * refused changes change nothing; and every documented query parameter is accepted from a caller who may use the
 * operation. A new operation fails the suite until its path parameters can be filled and its row is in ACCESS.
 * No browser page: requests go through Playwright's API client with a session cookie.
 */
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { test, expect } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createPost } from "../factories/feed";
import { createProgram } from "../factories/mentorship";
import { addTextQuestions, createApplicant } from "../factories/matching";
import { activePair } from "../factories/pairings";
import { sampleOf, type JsonSchema } from "../support/schema-sample";
import type { PrismaClient } from "../../lib/db/generated/client";

type Caller = "anonymous" | "outsider" | "member" | "otherAdmin";
const CALLERS: readonly Caller[] = ["anonymous", "outsider", "member", "otherAdmin"];

type Parameter = { name: string; in: "path" | "query"; required: boolean; schema: JsonSchema };
type DocOperation = {
  security?: unknown[];
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
  responses: Record<string, unknown>;
};
type Op = { key: string; method: string; path: string; doc: DocOperation };

const SIGNED_IN: Caller[] = ["outsider", "member", "otherAdmin"];
const EVERYONE: Caller[] = [...SIGNED_IN, "anonymous"];
const MEMBER: Caller[] = ["member"];
const NOBODY: Caller[] = [];

/**
 * Which of the four callers may use each operation in the world below (a private group with mentorship on, where
 * `member` is a plain member in no pair). Everyone else must be refused. A literal table, so a change of the rules
 * is a visible change here; an operation missing from it fails the suite.
 */
const ACCESS: Record<string, Caller[]> = {
  "GET /api/v1/me": SIGNED_IN,
  "PATCH /api/v1/me": SIGNED_IN,
  "GET /api/v1/me/groups": SIGNED_IN,
  "POST /api/v1/me/photo": SIGNED_IN,
  "DELETE /api/v1/me/photo": SIGNED_IN,
  // The owner has no photo: 404 for everyone.
  "GET /api/v1/users/{userId}/photo/{size}": NOBODY,
  "GET /api/v1/groups": EVERYONE,
  "POST /api/v1/groups": SIGNED_IN,
  // A private, visible group shows its about page to anyone.
  "GET /api/v1/groups/{slug}": EVERYONE,
  "POST /api/v1/groups/{slug}/join": SIGNED_IN,
  "DELETE /api/v1/groups/{slug}/join": MEMBER,
  // A private group lists its owners and admins to those outside it.
  "GET /api/v1/groups/{slug}/members": EVERYONE,
  "GET /api/v1/groups/{slug}/requests": NOBODY,
  "POST /api/v1/groups/{slug}/requests": NOBODY,
  "PATCH /api/v1/memberships/{membershipId}": NOBODY,
  "DELETE /api/v1/memberships/{membershipId}": NOBODY,
  "GET /api/v1/groups/{slug}/posts": MEMBER,
  "POST /api/v1/groups/{slug}/posts": MEMBER,
  "GET /api/v1/posts/{postId}": MEMBER,
  "PATCH /api/v1/posts/{postId}": NOBODY,
  "DELETE /api/v1/posts/{postId}": NOBODY,
  "GET /api/v1/posts/{postId}/comments": MEMBER,
  "POST /api/v1/posts/{postId}/comments": MEMBER,
  "PUT /api/v1/posts/{postId}/reactions": MEMBER,
  "DELETE /api/v1/posts/{postId}/reactions": MEMBER,
  "GET /api/v1/notifications": SIGNED_IN,
  "POST /api/v1/notifications/read": SIGNED_IN,
  "GET /api/v1/stream": SIGNED_IN,
  "PUT /api/v1/groups/{slug}/mentorship": NOBODY,
  "GET /api/v1/groups/{slug}/programs": MEMBER,
  "POST /api/v1/groups/{slug}/programs": NOBODY,
  "PUT /api/v1/groups/{slug}/programs/watch": MEMBER,
  "GET /api/v1/programs/{programId}": MEMBER,
  "PATCH /api/v1/programs/{programId}": NOBODY,
  "POST /api/v1/programs/{programId}/transitions": NOBODY,
  "GET /api/v1/programs/{programId}/steps": MEMBER,
  "POST /api/v1/programs/{programId}/steps": NOBODY,
  "PUT /api/v1/programs/{programId}/steps/order": NOBODY,
  "PATCH /api/v1/steps/{stepId}": NOBODY,
  "DELETE /api/v1/steps/{stepId}": NOBODY,
  "GET /api/v1/programs/{programId}/questions": MEMBER,
  "POST /api/v1/programs/{programId}/questions": NOBODY,
  "PUT /api/v1/programs/{programId}/questions/order": NOBODY,
  "PUT /api/v1/questions/{questionId}": NOBODY,
  "DELETE /api/v1/questions/{questionId}": NOBODY,
  "GET /api/v1/programs/{programId}/applications": NOBODY,
  "POST /api/v1/programs/{programId}/applications": MEMBER,
  "POST /api/v1/programs/{programId}/applications/decisions": NOBODY,
  "GET /api/v1/applications/{applicationId}": NOBODY,
  "PATCH /api/v1/applications/{applicationId}": NOBODY,
  "POST /api/v1/applications/{applicationId}/withdraw": NOBODY,
  "GET /api/v1/me/applications": SIGNED_IN,
  "GET /api/v1/programs/{programId}/pairings": NOBODY,
  "POST /api/v1/programs/{programId}/pairings": NOBODY,
  "GET /api/v1/programs/{programId}/suggestions": NOBODY,
  "GET /api/v1/programs/{programId}/cohort": NOBODY,
  "POST /api/v1/programs/{programId}/cohort": NOBODY,
  "PUT /api/v1/programs/{programId}/matching-weights": NOBODY,
  "GET /api/v1/programs/{programId}/matching-rules": NOBODY,
  "PUT /api/v1/programs/{programId}/matching-rules": NOBODY,
  "PUT /api/v1/programs/{programId}/exclusions": NOBODY,
  "POST /api/v1/pairings/{pairingId}/end": NOBODY,
  "POST /api/v1/pairings/{pairingId}/move": NOBODY,
  "GET /api/v1/me/pairings": SIGNED_IN,
  "GET /api/v1/pairings/{pairingId}": NOBODY,
  "PUT /api/v1/pairings/{pairingId}/check-ins": NOBODY,
  "POST /api/v1/pairings/{pairingId}/completion": NOBODY,
  "PUT /api/v1/pairings/{pairingId}/completion": NOBODY,
  "POST /api/v1/pairings/{pairingId}/leave": NOBODY,
  "POST /api/v1/pairings/{pairingId}/feedback": NOBODY,
  "POST /api/v1/pairings/{pairingId}/nudge": NOBODY,
  "GET /api/v1/programs/{programId}/dashboard": NOBODY,
  "GET /api/v1/programs/{programId}/dashboard/pairs.csv": NOBODY,
  "GET /api/v1/threads/{threadId}/messages": NOBODY,
  "POST /api/v1/threads/{threadId}/messages": NOBODY,
  "PUT /api/v1/threads/{threadId}/read": NOBODY,
  "PATCH /api/v1/messages/{messageId}": NOBODY,
  "DELETE /api/v1/messages/{messageId}": NOBODY,
  "POST /api/v1/messages/{messageId}/reports": NOBODY,
  "GET /api/v1/me/unread-threads": SIGNED_IN,
};

/** Never asked by an allowed caller here: an event stream does not end, so its answer cannot be read whole. */
const STREAMS = new Set(["GET /api/v1/stream"]);

/** Query parameters not checked for acceptance, each with why. */
const QUERY_EXEMPT: Record<string, string> = {
  // `v` is a stored photo's version: the world stores no photo file, so every version answers 404 (as documented).
  "GET /api/v1/users/{userId}/photo/{size}": "no stored photo",
};

/** Who in the world asks with the documented query parameters: someone who may use the operation. */
type Asker = "owner" | "member" | "mentee";
function askerFor(op: Op): Asker {
  if (op.path.startsWith("/api/v1/threads/")) return "mentee";
  return ACCESS[op.key]?.includes("member") ? "member" : "owner";
}

type World = Awaited<ReturnType<typeof buildWorld>>;

/**
 * A private group with mentorship on: its owner, a plain member, a running program with steps and questions, an
 * active pair with its thread, a mentee waiting for a match, a post; another group with its own admin; an outsider.
 */
async function buildWorld(db: PrismaClient, makeUser: (o?: { name?: string }) => Promise<User>) {
  const [owner, member, outsider, otherOwner, otherAdmin] = await Promise.all([
    makeUser({ name: "Orla Owner" }),
    makeUser({ name: "Milo Member" }),
    makeUser({ name: "Otis Outsider" }),
    makeUser({ name: "Bea Other-Owner" }),
    makeUser({ name: "Abe Other-Admin" }),
  ]);
  const group = await createGroup(db, owner, { name: "Contract Soapers", privacy: "PRIVATE", mentorshipEnabled: true });
  await addMember(db, group, member);
  const otherGroup = await createGroup(db, otherOwner, { name: "Other Soapers", mentorshipEnabled: true });
  await addMember(db, otherGroup, otherAdmin, { role: "ADMIN" });
  const program = await createProgram(db, group, owner, { state: "RUNNING" });
  const questions = await addTextQuestions(db, program);
  const pair = await activePair(db, { program, owner }, { mentor: "Mara Mentor", mentee: "Mika Mentee" });
  const waiting = await createApplicant(db, program, "Wren Waiting", "MENTEE");
  const post = await createPost(db, group, owner, { body: "Welcome to the contract." });
  // Second pages, so every documented `cursor` can be a real one: a second post, pair and join request, and more
  // applications than the review queue shows at once (25).
  await createPost(db, group, member, { body: "Glad to be here." });
  await activePair(db, { program, owner }, { mentor: "Moe Mentor", mentee: "Meg Mentee" });
  for (const name of ["Pia Pending", "Pat Pending"])
    await addMember(db, group, await makeUser({ name }), { status: "PENDING" });
  const stamp = Date.now().toString(36);
  const applicants = Array.from({ length: 26 }, (_, i) => ({
    name: `Queue Applicant ${i}`,
    email: `contract-queue-${stamp}-${i}@example.test`,
  }));
  await db.user.createMany({ data: applicants });
  const queued = await db.user.findMany({
    where: { email: { in: applicants.map((a) => a.email) } },
    select: { id: true },
  });
  await db.application.createMany({
    data: queued.map((u) => ({
      programId: program.id,
      userId: u.id,
      role: "MENTEE" as const,
      state: "PENDING" as const,
      topics: [],
      submittedAt: new Date(),
    })),
  });
  const message = await db.message.findFirstOrThrow({ where: { threadId: pair.threadId } });
  const mentee = await db.user.findUniqueOrThrow({ where: { id: pair.mentee.user.id } });
  return {
    users: { owner, member, outsider, otherAdmin, mentee },
    group,
    program,
    pair,
    ids: {
      slug: group.slug,
      programId: program.id,
      stepId: program.steps[0]!.id,
      questionId: questions.MENTEE,
      applicationId: pair.mentee.application.id,
      pairingId: pair.id,
      threadId: pair.threadId,
      messageId: message.id,
      postId: post.id,
      membershipId: waiting.membershipId!,
      userId: owner.id,
      size: "64",
    } as Record<string, string>,
    /** Real values for query parameters that name a resource or a message (zSeq). */
    queryHints: { menteeApplicationId: waiting.application.id, before: "2", after: "1" } as Record<string, unknown>,
  };
}
type User = { id: string; sessionVersion: number };

/** Everything of the world a refused change could have touched, row by row. */
async function stateOf(db: PrismaClient, w: World) {
  const groupId = w.group.id;
  const programId = w.program.id;
  const [group, memberships, posts, program, steps, questions, applications, pairings, messages, ...counts] =
    await Promise.all([
      db.group.findUnique({ where: { id: groupId } }),
      db.membership.findMany({ where: { groupId }, orderBy: { id: "asc" } }),
      db.post.findMany({ where: { groupId }, orderBy: { id: "asc" } }),
      db.program.findUnique({ where: { id: programId } }),
      db.programStep.findMany({ where: { programId }, orderBy: { id: "asc" } }),
      db.applicationQuestion.findMany({ where: { programId }, orderBy: { id: "asc" } }),
      db.application.findMany({ where: { programId }, orderBy: { id: "asc" } }),
      db.pairing.findMany({ where: { programId }, orderBy: { id: "asc" } }),
      db.message.findMany({ where: { threadId: w.pair.threadId }, orderBy: { id: "asc" } }),
      db.comment.count({ where: { post: { groupId } } }),
      db.reaction.count({ where: { post: { groupId } } }),
      db.report.count({ where: { groupId } }),
      db.checkIn.count({ where: { pairing: { programId } } }),
      db.feedback.count({ where: { pairing: { programId } } }),
      db.matchExclusion.count({ where: { programId } }),
      db.group.count({ where: { createdById: { in: Object.values(w.users).map((u) => u.id) } } }),
    ]);
  return { group, memberships, posts, program, steps, questions, applications, pairings, messages, counts };
}

const SESSION_COOKIE = "authjs.session-token";

async function clientFor(
  newContext: (options: { baseURL: string; extraHTTPHeaders?: Record<string, string> }) => Promise<APIRequestContext>,
  baseURL: string,
  user: User | null,
): Promise<APIRequestContext> {
  if (!user) return newContext({ baseURL });
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: run the browser tests with npm run test:e2e.");
  const token = await encode({
    token: { uid: user.id, sv: user.sessionVersion, sub: user.id },
    secret,
    salt: SESSION_COOKIE,
  });
  return newContext({ baseURL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${token}` } });
}

function operationsOf(document: { paths: Record<string, Record<string, DocOperation>> }): Op[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, doc]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      doc,
    })),
  );
}

function fillPath(op: Op, ids: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const id = ids[name];
    if (id === undefined) throw new Error(`${op.key}: no value for the path parameter {${name}}`);
    return encodeURIComponent(id);
  });
}

/** The minimal valid body the document describes (refusals must be about the caller, never about the input). */
function bodyOf(op: Op): unknown {
  const schema = op.doc.requestBody?.content["application/json"].schema;
  return schema ? sampleOf(schema, "minimal") : undefined;
}

/** Required query parameters, filled (a refusal must not be a 400 for a missing one). */
function requiredQuery(op: Op, hints: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of op.doc.parameters.filter((p) => p.in === "query" && p.required))
    out[p.name] = String(hints[p.name] ?? sampleOf(p.schema));
  return out;
}

function send(api: APIRequestContext, op: Op, url: string, params: Record<string, string>, data?: unknown) {
  return api.fetch(url, {
    method: op.method,
    params,
    ...(data === undefined ? {} : { data }),
    failOnStatusCode: false,
    maxRedirects: 0,
  });
}

/** Runs the tasks at most `limit` at a time (the server shares two cores with everything else). */
async function pooled<T>(tasks: (() => Promise<T>)[], limit = 6): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}

const CODE_OF: Record<number, string[]> = {
  401: ["UNAUTHENTICATED"],
  403: ["FORBIDDEN"],
  404: ["NOT_FOUND"],
  409: ["CONFLICT"],
};

/**
 * What the document allows this caller to be answered when refused: 401 when signed out (404 for an operation
 * open to anyone, since the group is private); signed in, 404, or a refusal the document lists (403, 409). A
 * private group's name and about page are public, so a stranger may be told 403 about the group itself, but
 * anything inside it (a program, a pair, a post) must stay 404 to them.
 */
function allowedRefusals(op: Op, caller: Caller): number[] {
  const signedInOnly = (op.doc.security?.length ?? 0) > 0;
  if (caller === "anonymous") return signedInOnly ? [401] : [404];
  const documented = Object.keys(op.doc.responses)
    .map(Number)
    .filter((status) => status === 403 || status === 409);
  const aboutTheGroup = op.path.startsWith("/api/v1/groups/{slug}");
  if (caller !== "member" && !aboutTheGroup) return [404, ...documented.filter((s) => s !== 403)];
  return [404, ...documented];
}

/** A problem with an answer, in words, or null. */
async function refusalProblem(op: Op, caller: Caller, res: APIResponse): Promise<string | null> {
  const expected = allowedRefusals(op, caller);
  const text = await res.text();
  const where = `${op.key} as ${caller}: ${res.status()} ${text.slice(0, 200)}`;
  if (!expected.includes(res.status())) return `${where} (expected ${expected.join(" or ")})`;
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return `${where} (not JSON)`;
  }
  if (!CODE_OF[res.status()]!.includes(String(body.error?.code))) return `${where} (code ${String(body.error?.code)})`;
  if (typeof body.error?.message !== "string" || !body.error.message) return `${where} (no message)`;
  return null;
}

let document: { paths: Record<string, Record<string, DocOperation>> };
let world: World;

test.beforeAll(async ({ playwright, db, makeUser }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  document = (await res.json()) as typeof document;
  await anonymous.dispose();
  world = await buildWorld(db, makeUser);
});

test("every documented operation can be asked: its path parameters filled, its access known", () => {
  const ops = operationsOf(document);
  expect(ops.length).toBeGreaterThan(50);
  const unfillable = ops.flatMap((op) =>
    [...op.path.matchAll(/\{(\w+)\}/g)].filter((m) => !(m[1]! in world.ids)).map((m) => `${op.key} {${m[1]}}`),
  );
  expect(unfillable, "path parameters the suite cannot fill (add them to the world)").toEqual([]);
  expect(
    ops.filter((op) => !(op.key in ACCESS)).map((op) => op.key),
    "operations missing from ACCESS",
  ).toEqual([]);
  expect(
    Object.keys(ACCESS).filter((key) => !ops.some((op) => op.key === key)),
    "ACCESS rows for operations the document no longer has",
  ).toEqual([]);
  // Every body the suite sends can be made from the document.
  for (const op of ops) expect(() => bodyOf(op), op.key).not.toThrow();
});

for (const caller of CALLERS) {
  test(`every operation refuses ${caller} as documented, and refused changes change nothing`, async ({
    playwright,
    db,
  }, testInfo) => {
    const users = world.users;
    const user = caller === "anonymous" ? null : users[caller];
    const api = await clientFor((o) => playwright.request.newContext(o), testInfo.project.use.baseURL!, user);
    const ops = operationsOf(document);
    const problems: string[] = [];

    // Refused changes first, with the world's state around them.
    const refusedChanges = ops.filter((op) => op.method !== "GET" && !ACCESS[op.key]!.includes(caller));
    const before = await stateOf(db, world);
    const answers = await pooled(
      refusedChanges.map(
        (op) => () =>
          send(api, op, fillPath(op, world.ids), requiredQuery(op, world.queryHints), bodyOf(op)).then((res) =>
            refusalProblem(op, caller, res),
          ),
      ),
    );
    problems.push(...answers.filter((p): p is string => p !== null));
    expect(await stateOf(db, world), "a refused change changed the world").toEqual(before);

    // Then every read: refused ones answer the refusal, allowed ones 200.
    const reads = ops.filter((op) => op.method === "GET" && !(STREAMS.has(op.key) && ACCESS[op.key]!.includes(caller)));
    const readAnswers = await pooled(
      reads.map((op) => async () => {
        const res = await send(api, op, fillPath(op, world.ids), requiredQuery(op, world.queryHints));
        if (!ACCESS[op.key]!.includes(caller)) return refusalProblem(op, caller, res);
        return res.status() === 200
          ? null
          : `${op.key} as ${caller}: ${res.status()} ${(await res.text()).slice(0, 200)} (expected 200)`;
      }),
    );
    problems.push(...readAnswers.filter((p): p is string => p !== null));
    await api.dispose();
    expect(problems, `${problems.length} operations answered ${caller} outside the contract`).toEqual([]);
  });
}

test("every documented query parameter is accepted from a caller who may use the operation", async ({
  playwright,
}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  const ops = operationsOf(document).filter((op) => op.doc.parameters.some((p) => p.in === "query"));
  expect(ops.map((op) => op.key)).toEqual(
    expect.arrayContaining([
      "GET /api/v1/programs/{programId}/dashboard",
      "GET /api/v1/programs/{programId}/dashboard/pairs.csv",
    ]),
  );
  const clients = {
    owner: await clientFor((o) => playwright.request.newContext(o), baseURL, world.users.owner),
    member: await clientFor((o) => playwright.request.newContext(o), baseURL, world.users.member),
    mentee: await clientFor((o) => playwright.request.newContext(o), baseURL, world.users.mentee),
  };
  // One request per parameter and value: every value of an enum (`stalled=true` and `stalled=false`), one sample
  // of anything else, beside the required parameters.
  // A real cursor for each operation that pages: the next page after a first page of one (or of the default size).
  const cursors: Record<string, string> = {};
  for (const op of ops.filter((o) => o.doc.parameters.some((p) => p.name === "cursor"))) {
    const hasLimit = op.doc.parameters.some((p) => p.name === "limit");
    const res = await send(clients[askerFor(op)], op, fillPath(op, world.ids), {
      ...requiredQuery(op, world.queryHints),
      ...(hasLimit ? { limit: "1" } : {}),
    });
    const next = ((await res.json()) as { nextCursor?: string | null }).nextCursor;
    expect(next, `${op.key} gave no next page to page with`).toBeTruthy();
    cursors[op.key] = next!;
  }
  const cases = ops
    .filter((op) => !(op.key in QUERY_EXEMPT))
    .flatMap((op) =>
      op.doc.parameters
        .filter((p) => p.in === "query")
        .flatMap((p) => {
          const values =
            p.name === "cursor"
              ? [cursors[op.key]]
              : p.name in world.queryHints
                ? [world.queryHints[p.name]]
                : (p.schema.enum ?? p.schema.anyOf?.find((s) => s.enum)?.enum ?? [sampleOf(p.schema)]);
          return values.map((value) => ({
            op,
            params: { ...requiredQuery(op, world.queryHints), [p.name]: String(value) },
          }));
        }),
    );
  const problems = await pooled(
    cases.map(({ op, params }) => async () => {
      const res = await send(clients[askerFor(op)], op, fillPath(op, world.ids), params);
      if (res.status() === 200) return null;
      return `${op.key}?${new URLSearchParams(params).toString()} as ${askerFor(op)}: ${res.status()} ${(await res.text()).slice(0, 200)}`;
    }),
  );
  for (const client of Object.values(clients)) await client.dispose();
  expect(cases.length).toBeGreaterThan(20);
  expect(
    problems.filter((p) => p !== null),
    "documented query parameters refused",
  ).toEqual([]);
});
