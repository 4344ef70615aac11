import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, coreOperations } from "@/lib/openapi/document";
import { operations as groupOperations } from "@/lib/openapi/groups";
import { programOperations } from "@/lib/openapi/programs";
import { matchingOperations } from "@/lib/openapi/matching";
import { pairingOperations } from "@/lib/openapi/pairings";
import { chatOperations } from "@/lib/openapi/chat";

const root = path.resolve(import.meta.dirname, "../..");
const all = [
  ...coreOperations,
  ...groupOperations,
  ...programOperations,
  ...matchingOperations,
  ...pairingOperations,
  ...chatOperations,
];

/** "/api/v1/groups/{slug}/join" → "app/api/v1/groups/[slug]/join/route.ts" (whatever the parameter is named). */
function routeFile(apiPath: string): string | undefined {
  const segments = apiPath.replace(/^\//, "").split("/");
  let dir = path.join(root, "app");
  for (const segment of segments) {
    if (segment.startsWith("{")) {
      const dynamic = fs.readdirSync(dir).find((d) => d.startsWith("[") && d.endsWith("]"));
      if (!dynamic) return undefined;
      dir = path.join(dir, dynamic);
    } else {
      dir = path.join(dir, segment);
    }
  }
  const file = path.join(dir, "route.ts");
  return fs.existsSync(file) ? file : undefined;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the error shape every endpoint answers with", () => {
    const doc = buildOpenApiDocument("http://localhost:3000");
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.schemas.Error.properties.error.required).toEqual(["code", "message"]);
  });

  it.each(all.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))(
    "%s exists as a route handler",
    (_, op) => {
      const file = routeFile(op.path);
      expect(file, `no route file for ${op.path}`).toBeDefined();
      const source = fs.readFileSync(file!, "utf8");
      expect(source).toMatch(new RegExp(`export (const|async function|function) ${op.method.toUpperCase()}\\b`));
    },
  );

  it("describes request bodies from the zod schemas the handlers use", () => {
    const doc = buildOpenApiDocument("http://localhost:3000");
    const create = doc.paths["/api/v1/groups"]!.post as {
      requestBody: { content: { "application/json": { schema: { properties: object; required: string[] } } } };
    };
    const schema = create.requestBody.content["application/json"].schema;
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["name", "privacy", "rules", "questions"]));
    expect(schema.required).toEqual(expect.arrayContaining(["name", "privacy"]));
  });
});
