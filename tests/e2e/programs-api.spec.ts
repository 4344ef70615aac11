/**
 * The mentorship JSON API end to end, over HTTP against the production build: an admin builds and opens a program,
 * members apply, the admin decides, and every refusal answers the documented `{ error: { code, message, fields? } }`
 * with the right status (what a caller may not see is 404).
 */
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";

type Json = Record<string, unknown>;

async function as(
  browser: Browser,
  loginAs: (page: Page, user: { id: string; sessionVersion: number }) => Promise<void>,
  user: { id: string; sessionVersion: number },
): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, user);
  return page.request;
}

async function expectError(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number, code: string) {
  expect(response.status()).toBe(status);
  const body = (await response.json()) as {
    error: { code: string; message: string; fields?: Record<string, string[]> };
  };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}

test("an admin builds, opens and reviews a program through the JSON API; refusals are clean 4xx", async ({
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const owner = await makeUser({ name: "Olive Owner" });
  const mentee = await makeUser({ name: "Mina Mentee" });
  const mentor = await makeUser({ name: "Marco Mentor" });
  const outsider = await makeUser({ name: "Otto Outsider" });
  const group = await createGroup(db, owner, { name: "API Soapers" });
  await addMember(db, group, mentee);
  await addMember(db, group, mentor);

  const admin = await as(browser, loginAs, owner);
  const menteeApi = await as(browser, loginAs, mentee);
  const mentorApi = await as(browser, loginAs, mentor);
  const outsiderApi = await as(browser, loginAs, outsider);

  // Mentorship is off: members see no programs; a member may not switch it on; the owner may.
  await expectError(await menteeApi.get(`/api/v1/groups/${group.slug}/programs`), 404, "NOT_FOUND");
  await expectError(
    await menteeApi.put(`/api/v1/groups/${group.slug}/mentorship`, { data: { enabled: true } }),
    403,
    "FORBIDDEN",
  );
  const enabled = await admin.put(`/api/v1/groups/${group.slug}/mentorship`, { data: { enabled: true } });
  expect(enabled.status()).toBe(200);
  expect(((await enabled.json()) as Json).enabled).toBe(true);

  // Creating: bad input names the fields; a good one makes a draft from the template.
  const bad = await expectError(
    await admin.post(`/api/v1/groups/${group.slug}/programs`, { data: { template: "NOPE", name: "x" } }),
    400,
    "INVALID_INPUT",
  );
  expect(Object.keys(bad.fields ?? {})).toEqual(expect.arrayContaining(["template", "name"]));
  const created = await admin.post(`/api/v1/groups/${group.slug}/programs`, {
    data: { template: "LEARN_THE_ROPES", name: "Soap basics", lengthWeeks: 4, topics: ["Cold process", "Fragrance"] },
  });
  expect(created.status()).toBe(201);
  const programId = ((await created.json()) as { id: string }).id;

  // A draft is invisible to members, and to outsiders.
  await expectError(await menteeApi.get(`/api/v1/programs/${programId}`), 404, "NOT_FOUND");
  await expectError(await outsiderApi.get(`/api/v1/programs/${programId}`), 404, "NOT_FOUND");

  // Steps: the template's four, a new one, a due week past the program's length refused, a reorder.
  const steps = (
    (await (await admin.get(`/api/v1/programs/${programId}/steps`)).json()) as {
      steps: { id: string; title: string }[];
    }
  ).steps;
  expect(steps.map((s) => s.title)).toEqual([
    "Meet each other",
    "How this group works",
    "Your first contribution",
    "Look back, look ahead",
  ]);
  const late = await expectError(
    await admin.post(`/api/v1/programs/${programId}/steps`, {
      data: { title: "Later", prompts: ["Why?"], dueWeek: 9 },
    }),
    400,
    "INVALID_INPUT",
  );
  expect(late.fields?.dueWeek?.[0]).toContain("4 weeks");
  const edited = await admin.patch(`/api/v1/steps/${steps[0]!.id}`, { data: { title: "Say hello" } });
  expect(edited.status()).toBe(200);
  await expectError(
    await menteeApi.patch(`/api/v1/steps/${steps[0]!.id}`, { data: { title: "Mine now" } }),
    404,
    "NOT_FOUND",
  );
  const reordered = await admin.put(`/api/v1/programs/${programId}/steps/order`, {
    data: { ids: [steps[1]!.id, steps[0]!.id, steps[2]!.id, steps[3]!.id] },
  });
  expect(reordered.status()).toBe(200);
  await expectError(
    await admin.put(`/api/v1/programs/${programId}/steps/order`, { data: { ids: [steps[0]!.id] } }),
    409,
    "CONFLICT",
  );

  // Questions: a broken one names its fields; a good one is added for mentees.
  const badQuestion = await expectError(
    await admin.post(`/api/v1/programs/${programId}/questions`, {
      data: { role: "MENTEE", kind: "SINGLE_CHOICE", label: "", options: ["Only one"] },
    }),
    400,
    "INVALID_INPUT",
  );
  expect(Object.keys(badQuestion.fields ?? {})).toEqual(expect.arrayContaining(["label"]));
  const question = await admin.post(`/api/v1/programs/${programId}/questions`, {
    data: {
      role: "MENTEE",
      kind: "SINGLE_CHOICE",
      label: "How did you find us?",
      options: ["A friend", "The feed"],
      required: true,
    },
  });
  expect(question.status()).toBe(201);
  const questionId = ((await question.json()) as { id: string }).id;

  // Open it: now members read it and may apply.
  await expectError(
    await menteeApi.post(`/api/v1/programs/${programId}/transitions`, { data: { action: "open" } }),
    404,
    "NOT_FOUND",
  );
  const opened = await admin.post(`/api/v1/programs/${programId}/transitions`, { data: { action: "open" } });
  expect(((await opened.json()) as Json).state).toBe("OPEN");
  await expectError(
    await admin.post(`/api/v1/programs/${programId}/transitions`, { data: { action: "open" } }),
    409,
    "CONFLICT",
  );

  const program = (await (await menteeApi.get(`/api/v1/programs/${programId}`)).json()) as {
    acceptingApplications: boolean;
    questions: { id: string; role: string; kind: string; required: boolean; options: string[] }[];
  };
  expect(program.acceptingApplications).toBe(true);

  // Applying with nothing answered names every required question. An outsider sees a public group's program but
  // must join before applying.
  const empty = await expectError(
    await menteeApi.post(`/api/v1/programs/${programId}/applications`, { data: { role: "MENTEE", answers: {} } }),
    400,
    "INVALID_INPUT",
  );
  expect(Object.keys(empty.fields ?? {})).toContain(`answers.${questionId}`);
  await expectError(
    await outsiderApi.post(`/api/v1/programs/${programId}/applications`, { data: { role: "MENTEE", answers: {} } }),
    403,
    "FORBIDDEN",
  );

  const answer = (role: string) =>
    Object.fromEntries(
      program.questions
        .filter((q) => q.role === role)
        .map((q) => {
          switch (q.kind) {
            case "SHORT_TEXT":
            case "LONG_TEXT":
              return [q.id, "I make soap at home and would love to learn more about it."];
            case "SINGLE_CHOICE":
              return [q.id, q.options[0]];
            case "AVAILABILITY":
              return [q.id, { timeZone: "Europe/Lisbon", cadence: "WEEKLY" }];
            default:
              return [q.id, q.options.length ? [q.options[0]] : ["Cold process"]];
          }
        }),
    );
  const applied = await menteeApi.post(`/api/v1/programs/${programId}/applications`, {
    data: { role: "MENTEE", answers: answer("MENTEE") },
  });
  expect(applied.status()).toBe(201);
  const menteeApplication = (await applied.json()) as { id: string; state: string };
  expect(menteeApplication.state).toBe("PENDING");
  const mentorApplied = await mentorApi.post(`/api/v1/programs/${programId}/applications`, {
    data: { role: "MENTOR", answers: answer("MENTOR"), capacity: 2 },
  });
  expect(mentorApplied.status()).toBe(201);

  // Nobody reads someone else's application or the queue, except the admins.
  await expectError(await mentorApi.get(`/api/v1/applications/${menteeApplication.id}`), 404, "NOT_FOUND");
  await expectError(await menteeApi.get(`/api/v1/programs/${programId}/applications`), 404, "NOT_FOUND");
  const queue = (await (await admin.get(`/api/v1/programs/${programId}/applications?role=MENTEE`)).json()) as {
    items: { id: string; applicant: { name: string } }[];
    counts: { MENTEE: Json; MENTOR: Json };
  };
  expect(queue.items.map((i) => i.applicant.name)).toEqual(["Mina Mentee"]);
  expect(queue.counts.MENTOR.PENDING).toBe(1);

  // The admin approves; the applicant sees it in their list.
  const decided = await admin.post(`/api/v1/programs/${programId}/applications/decisions`, {
    data: { ids: [menteeApplication.id], decision: "approve", message: "Welcome aboard!" },
  });
  expect(((await decided.json()) as Json).decided).toBe(1);
  const mine = (await (await menteeApi.get("/api/v1/me/applications")).json()) as {
    applications: { id: string; state: string }[];
  };
  expect(mine.applications).toEqual([expect.objectContaining({ id: menteeApplication.id, state: "APPROVED" })]);

  // Once approved, editing is refused, withdrawing works; a stranger's withdraw is a 404.
  await expectError(
    await menteeApi.patch(`/api/v1/applications/${menteeApplication.id}`, { data: { answers: answer("MENTEE") } }),
    409,
    "CONFLICT",
  );
  await expectError(await mentorApi.post(`/api/v1/applications/${menteeApplication.id}/withdraw`), 404, "NOT_FOUND");
  const withdrawn = await menteeApi.post(`/api/v1/applications/${menteeApplication.id}/withdraw`);
  expect(((await withdrawn.json()) as Json).state).toBe("WITHDRAWN");

  // The OpenAPI document describes these endpoints.
  const doc = (await (await admin.get("/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/api/v1/programs/{programId}/applications", "/api/v1/groups/{slug}/mentorship"]),
  );
});
