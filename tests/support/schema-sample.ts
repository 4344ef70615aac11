/**
 * A value that satisfies a JSON Schema, as the OpenAPI document describes an operation's body or query (the
 * document is generated from the zod schemas the handlers parse with). The HTTP contract suite sends these as
 * minimal valid bodies, so a refusal is about who asks, never about the input; the parse-once unit test feeds
 * them to the zod schemas. Only the shapes the document uses are supported: anything else throws, naming the path,
 * so a new kind of field is noticed instead of silently sent as garbage.
 */

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Strings that the schemas refine beyond what JSON Schema can say (a refine is "unrepresentable"). */
const FIELD_HINTS: Record<string, unknown> = {
  // zSeq in lib/chat/schemas.ts: a message's sequence number, digits.
  seq: "1",
  before: "1",
  after: "1",
  // An IANA zone (lib/time).
  timeZone: "UTC",
};

/** Patterns the document uses, with a value each (an id shape, a client id, a colour). */
const PATTERN_SAMPLES: Record<string, string> = {
  "^[a-z0-9]{8,40}$": "contract0sample0id",
  "^[A-Za-z0-9_-]{8,64}$": "contract-client-id",
  "^#[0-9a-fA-F]{6}$": "#336699",
  // A group's slug.
  "^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$": "contract-sample",
};

export type SampleMode = "minimal" | "full";

/**
 * `minimal`: only the required properties (what the contract suite sends). `full`: every property too, so that
 * every transform of the schema runs (what the parse-once test needs). `hints` override a property by name.
 */
export function sampleOf(
  schema: JsonSchema,
  mode: SampleMode = "minimal",
  hints: Record<string, unknown> = {},
  path = "$",
): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.allOf) {
    return Object.assign({}, ...schema.allOf.map((s, i) => sampleOf(s, mode, hints, `${path}.allOf[${i}]`)));
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    // The first alternative that is not null (a nullable field gets a real value).
    const pick = alternatives.find((s) => s.type !== "null") ?? alternatives[0]!;
    return sampleOf(pick, mode, hints, path);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [name, prop] of Object.entries(schema.properties ?? {})) {
        if (mode === "minimal" && !required.has(name)) continue;
        if (name in hints) out[name] = hints[name];
        // A hint names a refined string; a field of the same name of another type (a weight) is not one.
        else if (name in FIELD_HINTS && prop.type === "string") out[name] = FIELD_HINTS[name];
        else out[name] = sampleOf(prop, mode, hints, `${path}.${name}`);
      }
      return out;
    }
    case "array": {
      const count = Math.max(schema.minItems ?? 0, mode === "full" ? 1 : 0);
      return Array.from({ length: count }, (_, i) => sampleOf(schema.items ?? {}, mode, hints, `${path}[${i}]`));
    }
    case "string": {
      if (schema.pattern) {
        const sample = PATTERN_SAMPLES[schema.pattern];
        if (sample === undefined) throw new Error(`${path}: no sample for the pattern ${schema.pattern}`);
        return sample;
      }
      const min = schema.minLength ?? 0;
      const text = "contract sample".padEnd(Math.max(min, 1), "x");
      return text.slice(0, schema.maxLength ?? text.length);
    }
    case "integer":
    case "number":
      return Math.max(schema.minimum ?? 1, Math.min(1, schema.maximum ?? 1));
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      // `{}` (anything): an empty object is the most neutral value.
      if (Object.keys(schema).filter((k) => k !== "$schema" && k !== "default").length === 0) return {};
      throw new Error(`${path}: no sample for the schema ${JSON.stringify(schema)}`);
  }
}
