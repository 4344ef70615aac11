import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import ar from "@/messages/ar.json";
import type { DecideApplicationsResult } from "@/lib/programs/applications/decide-applications";
import { decisionReport } from "@/app/groups/[slug]/mentorship/[programId]/applications/decision-report";
import {
  queueHref,
  readQueueQuery,
  toServiceQuery,
  viewSearch,
} from "@/app/groups/[slug]/mentorship/[programId]/applications/query";

const result = (over: Partial<DecideApplicationsResult>): DecideApplicationsResult => ({
  decision: "approve",
  decided: 0,
  decidedByRole: { MENTEE: 0, MENTOR: 0 },
  skipped: [],
  reasons: [],
  ...over,
});

// The toast in a language: the action passes getTranslations("applications.report") and the reader's locale.
const sayIn = (messages: typeof en, locale: "en" | "es" | "ar") => {
  const t = createTranslator({ locale, messages, namespace: "applications.report" });
  return (key: Parameters<typeof t>[0], values?: Record<string, string | number>) => t(key, values);
};
const english = sayIn(en, "en");

describe("what a decision says it did", () => {
  it.each([
    [
      "one role, all decided",
      { decided: 28, decidedByRole: { MENTEE: 28, MENTOR: 0 }, decision: "waitlist" },
      "Waitlisted 28 applications. We've let them know.",
    ],
    [
      "one application",
      { decided: 1, decidedByRole: { MENTEE: 0, MENTOR: 1 } },
      "Approved 1 application. We've let them know.",
    ],
    [
      "both roles",
      { decided: 3, decidedByRole: { MENTEE: 2, MENTOR: 1 } },
      "Approved 3 applications (2 mentees, 1 mentor). We've let them know.",
    ],
    [
      "some left, for several reasons",
      {
        decision: "decline",
        decided: 2,
        decidedByRole: { MENTEE: 1, MENTOR: 1 },
        skipped: ["a", "b", "c", "d"],
        reasons: [
          { id: "a", reason: "state", state: "DECLINED" },
          { id: "b", reason: "state", state: "DECLINED" },
          { id: "c", reason: "own" },
          { id: "d", reason: "state", state: "MATCHED" },
        ],
      },
      "Declined 2 applications (1 mentee, 1 mentor). We've let them know. Left as they were: 2 already declined, 1 your own application, 1 matched.",
    ],
    [
      "nothing decided",
      { skipped: ["a"], reasons: [{ id: "a", reason: "not-member" }] },
      "Nothing changed. Left as it was: 1 no longer a member (they can only be declined).",
    ],
  ] as const)("%s", (_, over, text) => {
    expect(decisionReport(result(over as Partial<DecideApplicationsResult>), english)).toBe(text);
  });

  it("says it in Spanish and Arabic, with their plurals and their way of listing", () => {
    const mixed = result({
      decision: "decline",
      decided: 2,
      decidedByRole: { MENTEE: 1, MENTOR: 1 },
      reasons: [
        { id: "a", reason: "state", state: "DECLINED" },
        { id: "c", reason: "own" },
      ],
    });
    expect(decisionReport(mixed, sayIn(es as typeof en, "es"), "es")).toBe(
      "Se rechazaron 2 solicitudes (1 aprendiz, 1 mentor). Ya les avisamos. Quedaron como estaban: 1 ya rechazada y 1 es tu propia solicitud.",
    );
    expect(decisionReport(mixed, sayIn(ar as typeof en, "ar"), "ar")).toBe(
      "تم رفض طلبَين (مسترشد واحد، مرشد واحد). لقد أبلغناهم. بقيا كما هما: 1 مرفوض سابقًا وطلب واحد هو طلبك.",
    );
  });
});

describe("the queue's view in the address", () => {
  it("reads both roles, and leaves the role out of the service's query for them", () => {
    const view = readQueueQuery({ role: "ALL", language: "Spanish" });
    expect(view).toMatchObject({ role: "ALL", state: "PENDING", language: "Spanish" });
    expect(toServiceQuery(view)).toEqual({ state: "PENDING", language: "Spanish" });
    expect(viewSearch(view)).toBe("?role=ALL&language=Spanish");
    expect(queueHref("/q", view, { role: "MENTEE" })).toBe("/q?language=Spanish");
    expect(readQueueQuery({ role: "nobody" }).role).toBe("MENTEE");
    expect(viewSearch(readQueueQuery({}))).toBe("");
  });
});
