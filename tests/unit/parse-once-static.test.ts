/**
 * Parse once (decision 022): the service parses its input, as its first line. Route handlers and server actions in
 * app/ decode transport only, so they never hand a schema to the wrapper (`body:`/`query:` for apiRoute,
 * `schema:` for formAction) and never call `.parse(`/`.safeParse(` on what the request sent. Read from the source
 * with the TypeScript parser, so a comment or a string that mentions these does not count.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Parses in app/ that are not a service's input, each with why (file → the receivers allowed, e.g. "ZResume").
 */
const EXCEPTIONS: Record<string, Record<string, string>> = {
  // The stream's resume position (Last-Event-ID header or lastEventId query) is the transport's own cursor: no
  // service takes it, and a bad one must answer 400 before the stream opens.
  "app/api/v1/stream/route.ts": { ZResume: "the stream's resume position" },
  // Which sign-in provider Auth.js redirects to: a choice between two buttons, not input to a service.
  "app/(auth)/actions.ts": { 'z.enum(["github", "google"])': "the OAuth provider button" },
};

const WRAPPER_SCHEMA_KEYS: Record<string, string[]> = { apiRoute: ["body", "query"], formAction: ["schema"] };

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Route handlers (route.ts) and server action modules ("use server", or built with formAction). */
const entryFiles = filesUnder("app").filter((file) => {
  const text = readFileSync(path.join(root, file), "utf8");
  return path.basename(file) === "route.ts" || /^["']use server["']/m.test(text) || text.includes("formAction(");
});

type Finding = string;

const findings = (file: string): Finding[] => findingsIn(file, readFileSync(path.join(root, file), "utf8"));

function findingsIn(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const allowed = EXCEPTIONS[file] ?? {};
  const out: Finding[] = [];
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      // apiRoute({ body: … }) / formAction({ schema: … })
      if (ts.isIdentifier(callee) && callee.text in WRAPPER_SCHEMA_KEYS) {
        const options = node.arguments[0];
        if (options && ts.isObjectLiteralExpression(options))
          for (const prop of options.properties) {
            const name = prop.name && ts.isIdentifier(prop.name) ? prop.name.text : undefined;
            if (name && WRAPPER_SCHEMA_KEYS[callee.text]!.includes(name))
              out.push(`${at(prop)} passes \`${name}:\` to ${callee.text}`);
          }
      }
      // x.parse(…) / x.safeParse(…), except JSON.parse (decoding, not validating) and the listed exceptions.
      if (ts.isPropertyAccessExpression(callee) && ["parse", "safeParse"].includes(callee.name.text)) {
        const receiver = callee.expression.getText(source);
        if (receiver !== "JSON" && !(receiver in allowed))
          out.push(`${at(node)} calls ${receiver}.${callee.name.text}(…)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("route handlers and server actions parse nothing (the service parses once)", () => {
  it("finds the entry points", () => {
    expect(entryFiles.filter((f) => f.startsWith("app/api/")).length).toBeGreaterThan(40);
    expect(entryFiles.filter((f) => !f.startsWith("app/api/")).length).toBeGreaterThan(20);
  });

  it("no wrapper gets a schema and no handler parses request input", () => {
    expect(entryFiles.flatMap(findings)).toEqual([]);
  });

  it("every exception still names a parse that exists", () => {
    for (const [file, receivers] of Object.entries(EXCEPTIONS)) {
      const text = readFileSync(path.join(root, file), "utf8");
      for (const receiver of Object.keys(receivers)) expect(text, `${file}: ${receiver}`).toContain(receiver);
    }
  });

  it("catches a schema handed to a wrapper and a parse in a handler, not JSON.parse or a comment", () => {
    const code = [
      "// apiRoute({ body: ZX }) and ZX.parse(raw) in a comment do not count",
      'export const POST = apiRoute({ body: ZX, handler: ({ body }) => f(ZX.parse(body), JSON.parse("{}")) });',
      "export const act = formAction({ schema: ZY, handler: async (v) => g(ZY.safeParse(v)) });",
    ].join("\n");
    expect(findingsIn("app/probe/route.ts", code)).toEqual([
      "app/probe/route.ts:2 passes `body:` to apiRoute",
      "app/probe/route.ts:2 calls ZX.parse(…)",
      "app/probe/route.ts:3 passes `schema:` to formAction",
      "app/probe/route.ts:3 calls ZY.safeParse(…)",
    ]);
  });
});
