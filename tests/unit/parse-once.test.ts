/**
 * Parse-once guard: every documented operation's input schema (query and body, as lib/openapi lists them) accepts
 * its own output. The service parses once (decision 022), but a caller in code may hand it what an earlier parse
 * produced (a page passing a parsed filter on), and that must mean the same thing: `?stalled=true` on the dashboard
 * answered 400 when the parsed `true` was parsed again (issue 16). Inputs are sampled from the same JSON Schema the
 * document publishes: with only the required fields, and with all.
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
import { ZDashboardQuery } from "@/lib/pairings/schemas";
import { sampleOf, type JsonSchema, type SampleMode } from "../support/schema-sample";

const all: Operation[] = [
  ...coreOperations,
  ...groupOperations,
  ...programOperations,
  ...matchingOperations,
  ...pairingOperations,
  ...chatOperations,
];

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
    it(name, check);
  }
});

describe("the dashboard's Stalled filter", () => {
  it("means the same from a query string and from its own parsed value", () => {
    for (const stalled of ["true", true] as const)
      expect(ZDashboardQuery.parse(ZDashboardQuery.parse({ stalled })).stalled).toBe(true);
    for (const stalled of ["false", false] as const)
      expect(ZDashboardQuery.parse(ZDashboardQuery.parse({ stalled })).stalled).toBe(false);
    expect(ZDashboardQuery.safeParse({ stalled: "yes" }).success).toBe(false);
  });
});
