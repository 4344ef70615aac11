import { describe, expect, it } from "vitest";
import type { ProgramListItemDto } from "@/lib/programs/find-programs";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import ar from "@/messages/ar.json";
import {
  adminNextStep as adminStep,
  memberNextStep as memberStep,
  type CardStep,
  type StepText,
} from "@/app/groups/[slug]/mentorship/next-step";

// The steps name catalogue messages; the card words them in the reader's language (English here, as the card does).
const translator = (messages: typeof en, locale: "en" | "es" | "ar" = "en") =>
  createTranslator({ locale, messages, namespace: "programs.nextStep" });
const english = translator(en);
const words = (step: CardStep, t = english) => {
  const say = (text: StepText | undefined) => (text ? t(text.key, { count: text.count ?? 0 }) : undefined);
  return { ...step, label: say(step.label), note: say(step.note) };
};
const adminNextStep = (...args: Parameters<typeof adminStep>) => words(adminStep(...args));
const memberNextStep = (...args: Parameters<typeof memberStep>) => words(memberStep(...args));

const HREF = "/groups/soap/mentorship/p1";

function program(over: Partial<ProgramListItemDto> = {}): ProgramListItemDto {
  return {
    id: "p1",
    groupId: "g1",
    name: "First batch buddies",
    description: "",
    audience: "",
    template: "LEARN_THE_ROPES",
    state: "OPEN",
    lengthWeeks: 4,
    defaultMentorCapacity: 2,
    allowDualRole: false,
    acceptWhileRunning: false,
    topics: [],
    archived: false,
    acceptingApplications: true,
    openedAt: null,
    startedAt: null,
    closedAt: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    stepCount: 4,
    mine: [],
    myPairingId: null,
    pendingApplications: 0,
    waitingMentees: 0,
    openPlaces: 0,
    activePairings: 0,
    ...over,
  };
}

describe("the admin's next step on a program card", () => {
  it.each([
    ["a draft", { state: "DRAFT" }, "Edit and open applications", `${HREF}/edit`],
    [
      "applications to review come first",
      { pendingApplications: 3, waitingMentees: 30, openPlaces: 40 },
      "Review 3 applications",
      `${HREF}/applications`,
    ],
    ["one application", { pendingApplications: 1 }, "Review 1 application", `${HREF}/applications`],
    [
      "30 approved mentees and mentors with places",
      { waitingMentees: 30, openPlaces: 40, activePairings: 2 },
      "Match 30 waiting mentees",
      `${HREF}/matching`,
    ],
    [
      "mentees wait while it runs",
      { state: "RUNNING", waitingMentees: 1, openPlaces: 1 },
      "Match 1 waiting mentee",
      `${HREF}/matching`,
    ],
    [
      "mentees wait, no mentor has a place",
      { waitingMentees: 5, openPlaces: 0 },
      "Find mentors with places",
      `${HREF}/applications?role=MENTOR&state=ALL`,
    ],
    ["running pairs", { state: "RUNNING", activePairings: 12 }, "See progress", `${HREF}/progress`],
    ["running with nothing else to do", { state: "RUNNING" }, "See progress", `${HREF}/progress`],
    ["open, nothing yet", {}, "See applications", `${HREF}/applications`],
    ["closed", { state: "CLOSED", activePairings: 0 }, "Read more", HREF],
    ["archived", { archived: true, pendingApplications: 2 }, "Read more", HREF],
  ] as const)("%s", (_, over, label, href) => {
    expect(adminNextStep(program(over as Partial<ProgramListItemDto>), HREF, true)).toMatchObject({ label, href });
  });

  it("says when the places are fewer than the waiting mentees, or none", () => {
    expect(adminNextStep(program({ waitingMentees: 30, openPlaces: 8 }), HREF, true).note).toBe(
      "Mentors have 8 places left: approve more mentors to match everyone.",
    );
    expect(adminNextStep(program({ waitingMentees: 30, openPlaces: 30 }), HREF, true).note).toBeUndefined();
    expect(adminNextStep(program({ waitingMentees: 2, openPlaces: 0 }), HREF, true).note).toBe(
      "No approved mentor has a place left for the 2 waiting mentees.",
    );
  });

  it("offers no matching while mentorship is off", () => {
    expect(adminNextStep(program({ waitingMentees: 3, openPlaces: 3 }), HREF, false).label).toBe("See applications");
  });
});

describe("a member's own call to action", () => {
  it.each([
    ["open, not applied", {}, true, "Read and apply", HREF],
    ["open, may not apply", {}, false, "Read more", HREF],
    ["not taking applications", { state: "RUNNING", acceptingApplications: false }, true, "Read more", HREF],
    ["applied", { mine: [{ role: "MENTEE", state: "PENDING" }] }, true, "See your application", HREF],
    [
      "applied for both roles",
      {
        mine: [
          { role: "MENTEE", state: "APPROVED" },
          { role: "MENTOR", state: "DRAFT" },
        ],
      },
      true,
      "See your applications",
      HREF,
    ],
    ["withdrew", { mine: [{ role: "MENTEE", state: "WITHDRAWN" }] }, true, "Read and apply", HREF],
    [
      "matched",
      { mine: [{ role: "MENTEE", state: "MATCHED" }], myPairingId: "pair1" },
      true,
      "Go to your mentorship",
      "/pairings/pair1",
    ],
  ] as const)("%s", (_, over, canApply, label, href) => {
    expect(memberNextStep(program(over as Partial<ProgramListItemDto>), HREF, canApply)).toEqual(
      expect.objectContaining({ label, href }),
    );
  });
});

describe("in the reader's language", () => {
  it("counts with each language's plural rules", () => {
    const step = adminStep(program({ pendingApplications: 3 }), HREF, true);
    expect(words(step, translator(es as typeof en, "es")).label).toBe("Revisar 3 solicitudes");
    expect(words(step, translator(ar as typeof en, "ar")).label).toBe("مراجعة 3 طلبات");
    const one = adminStep(program({ pendingApplications: 1 }), HREF, true);
    expect(words(one, translator(ar as typeof en, "ar")).label).toBe("مراجعة طلب واحد");
  });
});
