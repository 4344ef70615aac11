/**
 * The API fuzzed from its own OpenAPI document, over real HTTP against the production build: for every operation,
 * bodies and queries generated from its schemas (fast-check, a fixed seed) with hostile values mixed in (wrong types,
 * 1 MB strings, nesting 4,000 deep, NUL, lone surrogates), raw bodies that are not JSON or not UTF-8, and path
 * parameters that are real ids, bad ids, bad cursors or bad percent-encoding; asked by a signed-in member of a group
 * with a running program and by an anonymous caller. Not one answer may be a 5xx, and every error is JSON
 * `{ error: { code, message } }` without a stack or SQL. The counts by status are printed for the record.
 * Reproduce a failure with the printed seed: FUZZ_SEED=<seed> npm run test:e2e -- tests/e2e/api-fuzz.spec.ts
 */
import type { APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { encode } from "next-auth/jwt";
import { test, expect } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createPost } from "../factories/feed";
import { createProgram } from "../factories/mentorship";
import { addTextQuestions } from "../factories/matching";
import { activePair } from "../factories/pairings";
import { arbitraryOf, deeplyNested } from "./support/schema-arbitrary";
import type { JsonSchema } from "../support/schema-sample";

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
/** Generated cases per operation and caller (about 2,500 requests in all, under two minutes here). */
const CASES = 16;
/** A run stops sending new requests after this long, so a slow machine ends the suite instead of timing out. */
const BUDGET_MS = 120_000;

type Parameter = { name: string; in: "path" | "query"; required: boolean; schema: JsonSchema };
type DocOperation = {
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
type Op = { key: string; method: string; path: string; doc: DocOperation };
type Case = { op: Op; url: string; body?: { json: unknown } | { raw: Buffer; type: string } };

/** The stream never ends for a signed-in caller; leaving the group would turn the rest of the run into 404s. */
const MEMBER_SKIPS = new Set(["GET /api/v1/stream", "DELETE /api/v1/groups/{slug}/join"]);

/** Path parameter values that name nothing, or cannot: written into the URL as they are (not encoded). */
const RAW_BAD_IDS = ["%ff", "%", "%E0%A4%A", "%ED%A0%80", "%00", "%C0%AF", "a%2Fb", "%25ff", "%252e%252e"];
const BAD_IDS = ["0", "-1", "x".repeat(300), "' OR 1=1 --", "null", "undefined", "ckzzzzzzzzzzzzzzzzzzzzzzz", " "];
const BAD_CURSORS = ["%ff", "%00", "-1", "x".repeat(5000), "eyJpZCI6IjEifQ", "1e999", "%ED%A0%80"];

/** Raw bodies that are not JSON, not UTF-8, or not what they say they are. */
const RAW_BODIES: { raw: Buffer; type: string }[] = [
  { raw: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0x22, 0x7d]), type: "application/json" },
  { raw: Buffer.from('{"body": "\\ud800"}'), type: "application/json" },
  { raw: Buffer.from('{"a":'.repeat(5000) + "1" + "}".repeat(5000)), type: "application/json" },
  { raw: Buffer.from("{not json"), type: "application/json" },
  { raw: Buffer.from('{"name":"x"}'), type: "text/plain" },
  { raw: Buffer.from("--b\r\nContent-Disposition: form-data; name=x\r\n\r\n1\r\n--b--"), type: "multipart/form-data" },
  { raw: Buffer.alloc(1_100_000, 0x20), type: "application/json" },
];

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

/** One case's path: each parameter a real id (mostly) or a bad one, hostile ones written raw. */
function pathArbitrary(op: Op, ids: Record<string, string>): fc.Arbitrary<string> {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const segment = (name: string) =>
    fc.oneof(
      { arbitrary: fc.constant(encodeURIComponent(ids[name] ?? "missing")), weight: 6 },
      { arbitrary: fc.constantFrom(...RAW_BAD_IDS), weight: 2 },
      { arbitrary: fc.constantFrom(...BAD_IDS).map(encodeURIComponent), weight: 2 },
    );
  return fc.tuple(...names.map(segment)).map((values) => {
    let i = 0;
    return op.path.replace(/\{\w+\}/g, () => values[i++]!);
  });
}

/** Query string text: each documented parameter absent, generated, hostile, or a raw bad escape. */
function queryArbitrary(op: Op): fc.Arbitrary<string> {
  const params = op.doc.parameters.filter((p) => p.in === "query");
  if (params.length === 0) return fc.constantFrom("", "?%ff=%00", "?x=%ED%A0%80");
  return fc
    .tuple(
      ...params.map((p) =>
        fc.oneof(
          fc.constant<string | null>(null),
          arbitraryOf(p.schema, 4).map((v) => encodeQueryValue(v)),
          fc.constantFrom(...BAD_CURSORS),
        ),
      ),
    )
    .map((values) => {
      const parts = params.flatMap((p, i) =>
        values[i] === null ? [] : [`${encodeURIComponent(p.name)}=${values[i]}`],
      );
      return parts.length ? `?${parts.join("&")}` : "";
    });
}

/** A query value as text, percent-encoded; a lone surrogate (which no encoder accepts) as its raw bytes. */
function encodeQueryValue(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  try {
    return encodeURIComponent(text.slice(0, 4000));
  } catch {
    return "%ED%A0%80";
  }
}

function bodyArbitrary(op: Op): fc.Arbitrary<Case["body"]> {
  const schema = op.doc.requestBody?.content["application/json"]?.schema;
  if (op.method === "GET" || op.method === "HEAD") return fc.constant(undefined);
  const raw = fc.constantFrom(...RAW_BODIES);
  if (!schema) return fc.oneof(fc.constant(undefined), raw, fc.constant({ json: deeplyNested(4_000) }));
  return fc.oneof(
    { arbitrary: arbitraryOf(schema, 3).map((json) => ({ json })), weight: 8 },
    { arbitrary: raw, weight: 2 },
  );
}

function casesFor(op: Op, ids: Record<string, string>, seed: number): Case[] {
  const arbitrary = fc
    .tuple(pathArbitrary(op, ids), queryArbitrary(op), bodyArbitrary(op))
    .map(([path, query, body]) => ({ op, url: path + query, body }));
  return fc.sample(arbitrary, { seed, numRuns: CASES });
}

function send(api: APIRequestContext, c: Case) {
  const body = c.body;
  const options =
    body === undefined
      ? {}
      : "raw" in body
        ? { data: body.raw, headers: { "content-type": body.type } }
        : { data: JSON.stringify(body.json) ?? "null", headers: { "content-type": "application/json" } };
  return api.fetch(c.url, {
    method: c.op.method,
    failOnStatusCode: false,
    maxRedirects: 0,
    timeout: 30_000,
    ...options,
  });
}

/** What a stack trace, a source path or SQL looks like in text. */
const LEAK =
  /\bat [\w.<>]+ \(|node_modules|\.tsx?:\d+|Prisma|prisma\.|\bSELECT\b|\bINSERT INTO\b|\bSQLSTATE\b|invalid byte sequence/;

async function problemWith(c: Case, status: number, text: string, contentType: string): Promise<string | null> {
  const where = `${c.op.method} ${c.url.slice(0, 160)} → ${status} ${text.slice(0, 160)}`;
  if (status >= 500) return where;
  // Node's HTTP server answers a request line past its 16 KB header limit itself, before any app code runs.
  if (status === 431 && c.url.length > 16_000) return null;
  if (LEAK.test(text)) return `${where} (leaks internals)`;
  if (status < 400) return null;
  if (!contentType.includes("application/json")) return `${where} (not JSON: ${contentType})`;
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code !== "string" || typeof body.error.message !== "string" || !body.error.message)
      return `${where} (not { error: { code, message } })`;
  } catch {
    return `${where} (not JSON)`;
  }
  return null;
}

const SESSION_COOKIE = "authjs.session-token";

test("no input answers a 5xx: the API fuzzed from its OpenAPI document, signed in and anonymous", async ({
  playwright,
  db,
  makeUser,
}, testInfo) => {
  test.setTimeout(BUDGET_MS + 180_000);
  const baseURL = testInfo.project.use.baseURL!;
  const [owner, member] = await Promise.all([makeUser({ name: "Fuzz Owner" }), makeUser({ name: "Fuzz Member" })]);
  const group = await createGroup(db, owner, { name: "Fuzz Soapers", privacy: "PUBLIC", mentorshipEnabled: true });
  await addMember(db, group, member);
  const program = await createProgram(db, group, owner, { state: "RUNNING" });
  const questions = await addTextQuestions(db, program);
  const pair = await activePair(db, { program, owner }, { mentor: "Fuzz Mentor", mentee: "Fuzz Mentee" });
  const post = await createPost(db, group, member, { body: "Fuzz me." });
  const message = await db.message.findFirstOrThrow({ where: { threadId: pair.threadId } });
  const membership = await db.membership.findFirstOrThrow({ where: { groupId: group.id, userId: member.id } });
  const ids: Record<string, string> = {
    slug: group.slug,
    programId: program.id,
    stepId: program.steps[0]!.id,
    questionId: questions.MENTEE,
    applicationId: pair.mentee.application.id,
    pairingId: pair.id,
    threadId: pair.threadId,
    messageId: message.id,
    postId: post.id,
    membershipId: membership.id,
    userId: member.id,
    size: "64",
  };

  const token = await encode({
    token: { uid: member.id, sv: member.sessionVersion, sub: member.id },
    secret: process.env.AUTH_SECRET!,
    salt: SESSION_COOKIE,
  });
  const callers = {
    member: await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${token}` },
    }),
    anonymous: await playwright.request.newContext({ baseURL }),
  };
  const document = (await (await callers.anonymous.get("/api/v1/openapi.json")).json()) as {
    paths: Record<string, Record<string, DocOperation>>;
  };
  const ops = operationsOf(document);
  expect(ops.length).toBeGreaterThan(50);

  console.log(`api-fuzz: seed ${SEED} (FUZZ_SEED=${SEED} reproduces this run)`);
  const plan = (["member", "anonymous"] as const).flatMap((caller, c) =>
    ops
      .filter((op) => !(caller === "member" && MEMBER_SKIPS.has(op.key)))
      .flatMap((op, i) => casesFor(op, ids, SEED + c * 10_000 + i).map((one) => ({ caller, one }))),
  );
  // Interleaved, so that the budget (if it runs out) cuts across every operation rather than the last ones.
  const order = fc.sample(
    fc.shuffledSubarray(
      plan.map((_, i) => i),
      { minLength: plan.length },
    ),
    { seed: SEED, numRuns: 1 },
  )[0]!;

  const started = Date.now();
  const byStatus = new Map<number, number>();
  const problems: string[] = [];
  let next = 0;
  let skipped = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < order.length) {
        const { caller, one } = plan[order[next++]!]!;
        if (Date.now() - started > BUDGET_MS) {
          skipped++;
          continue;
        }
        const res = await send(callers[caller], one).catch((error: Error) => error);
        if (res instanceof Error) {
          problems.push(`${one.op.method} ${one.url.slice(0, 160)} as ${caller}: ${res.message.split("\n")[0]}`);
          continue;
        }
        byStatus.set(res.status(), (byStatus.get(res.status()) ?? 0) + 1);
        const problem = await problemWith(one, res.status(), await res.text(), res.headers()["content-type"] ?? "");
        if (problem) problems.push(`${problem} [as ${caller}]`);
      }
    }),
  );
  const counts = [...byStatus.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
  const sent = [...byStatus.values()].reduce((a, b) => a + b, 0);
  console.log(
    `api-fuzz: ${sent} requests over ${ops.length} operations in ${Math.round((Date.now() - started) / 1000)} s` +
      `${skipped ? ` (${skipped} not sent: budget)` : ""}; by status: ${counts.join(", ")}`,
  );
  for (const api of Object.values(callers)) await api.dispose();
  expect(problems.slice(0, 40), `${problems.length} answers were 5xx, not JSON errors, or leaked internals`).toEqual(
    [],
  );
  expect(sent).toBeGreaterThan(plan.length / 2);
});
