/**
 * Parse-once guard: every documented operation's input schema (query and body, as lib/openapi lists them) accepts
 * its own output. A wrapper that parses and a service that parses again must agree, or an input that passed the
 * first parse is refused by the second (`?stalled=true` on the dashboard answered 400 that way, issue 16). Inputs
 * are sampled from the same JSON Schema the document publishes: with only the required fields, and with all.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { coreOperations } from "@/lib/openapi/document";
import type { Operation } from "@/lib/openapi/types";
import { operations as groupOperations } from "@/lib/openapi/groups";
import { programOperations } from "@/lib/openapi/programs";
import { matchingOperations } from "@/lib/openapi/matching";
import { pairingOperations } from "@/lib/openapi/pairings";
import { chatOperations } from "@/lib/openapi/chat";
import { sampleOf, type JsonSchema, type SampleMode } from "../support/schema-sample";

const all: Operation[] = [
  ...coreOperations,
  ...groupOperations,
  ...programOperations,
  ...matchingOperations,
  ...pairingOperations,
  ...chatOperations,
];

/**
 * Schemas that do not accept their own output yet, each with the defect. They are safe today only because nothing
 * parses their output again (the dashboard routes hand the raw query to the service, which parses once); the
 * parse-once decision of issue 16 removes the second parse everywhere, and then these can leave this list.
 */
const KNOWN: Record<string, string> = {
  // ZDashboardQuery.stalled: "true" | "false" becomes a boolean, which the enum then refuses.
  "GET /api/v1/programs/{programId}/dashboard query": "stalled becomes a boolean",
  "GET /api/v1/programs/{programId}/dashboard/pairs.csv query": "stalled becomes a boolean",
};

/** Fields whose full sample must follow a rule across fields (a short-text question has no options). */
const HINTS: Record<string, Record<string, unknown>> = {
  "POST /api/v1/programs/{programId}/questions body": { options: [], maxChoices: null },
  "PUT /api/v1/questions/{questionId} body": { options: [], maxChoices: null },
};

const cases = all.flatMap((op) =>
  (["query", "body"] as const).flatMap((part) => {
    const schema = op[part];
    return schema ? [{ name: `${op.method.toUpperCase()} ${op.path} ${part}`, schema }] : [];
  }),
);

describe("every operation's input schema accepts its own output", () => {
  it("covers every documented input", () => {
    expect(cases.length).toBeGreaterThan(40);
    expect(Object.keys(KNOWN).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  });

  for (const { name, schema } of cases) {
    const check = () => {
      const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
      for (const mode of ["minimal", "full"] as SampleMode[]) {
        const input = sampleOf(json, mode, HINTS[name]);
        const first = schema.safeParse(input);
        // The sample itself must be valid, or the test proves nothing.
        expect(first.success, `${mode} sample ${JSON.stringify(input)} refused: ${first.error?.message}`).toBe(true);
        const second = schema.safeParse(first.data);
        expect(second.success, `${mode} output ${JSON.stringify(first.data)} refused: ${second.error?.message}`).toBe(
          true,
        );
      }
    };
    if (name in KNOWN) it.fails(`${name} (known: ${KNOWN[name]})`, check);
    else it(name, check);
  }
});
