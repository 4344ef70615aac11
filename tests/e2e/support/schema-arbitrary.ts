/**
 * fast-check arbitraries from the JSON Schemas the OpenAPI document gives each operation (its body and query), each
 * value sometimes swapped for a hostile one: a wrong type, a NUL, a lone surrogate, a 1 MB string, nesting far past
 * any form, a number out of range. The fuzz suite sends them over real HTTP; the app must answer each with a 2xx or
 * a 4xx JSON error, never a 5xx.
 */
import fc from "fast-check";
import type { JsonSchema } from "../../support/schema-sample";

/** `[[[…]]]` nested `depth` deep (the NUL check once recursed through these and overflowed the stack). */
export function deeplyNested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const ONE_MB = "x".repeat(1_000_000);

/** Values no schema of ours accepts, or accepts only at its edge. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    "",
    "\0",
    "a\0b",
    "\uD800",
    "x\uDC00y",
    "\uFFFF",
    "😀".repeat(50),
    "' OR 1=1 --",
    '\'; DROP TABLE "User"; --',
    "<script>alert(1)</script>",
    "%ff",
    "%",
    "../../etc/passwd",
    " ",
    "9".repeat(40),
    "-1",
    "1e999",
    "NaN",
    "null",
    "true",
    -1,
    0,
    2 ** 31,
    2 ** 53 + 1,
    -(2 ** 63),
    1e308,
    0.5,
    true,
    false,
    null,
    [],
    {},
    JSON.parse('{"__proto__":{"admin":true}}') as unknown,
    { constructor: { prototype: { admin: true } } },
    [null, "\0"],
  ),
  fc.constant(ONE_MB),
  fc.constant(deeplyNested(4_000)),
  fc.constant(deeplyNested(33)),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

const PATTERNED: Record<string, fc.Arbitrary<string>> = {
  "^[a-z0-9]{8,40}$": fc.stringMatching(/^[a-z0-9]{8,40}$/),
  "^[A-Za-z0-9_-]{8,64}$": fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
  "^#[0-9a-fA-F]{6}$": fc.stringMatching(/^#[0-9a-fA-F]{6}$/),
};

/** A value the schema describes, then (with `hostility` weight out of 10) a hostile one in its place, at any depth. */
export function arbitraryOf(schema: JsonSchema, hostility = 3, depth = 0): fc.Arbitrary<unknown> {
  const honest = honestOf(schema, hostility, depth);
  if (hostility <= 0) return honest;
  return fc.oneof({ arbitrary: honest, weight: 10 - hostility }, { arbitrary: hostileValue, weight: hostility });
}

function honestOf(schema: JsonSchema, hostility: number, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.allOf)
    return fc
      .tuple(...schema.allOf.map((s) => arbitraryOf(s, hostility, depth + 1)))
      .map((parts) => Object.assign({}, ...parts.map((p) => (p && typeof p === "object" ? p : {}))) as unknown);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => honestOf(s, hostility, depth + 1)));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => honestOf({ ...schema, type }, hostility, depth)));
  switch (types[0]) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case "number":
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true });
    case "string": {
      if (schema.pattern) return PATTERNED[schema.pattern] ?? fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 200) });
    }
    case "array": {
      if (depth > 6) return fc.constant([]);
      const items = schema.items ? arbitraryOf(schema.items, hostility, depth + 1) : fc.anything();
      return fc.array(items, { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, 4) });
    }
    case "object":
    default: {
      if (depth > 6) return fc.constant({});
      const props = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, prop]) => [name, arbitraryOf(prop, hostility, depth + 1)]),
      );
      return fc.record(props, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
    }
  }
}
