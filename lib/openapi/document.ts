/**
 * The OpenAPI document of /api/v1, generated from the same zod schemas the handlers parse with, so the
 * description cannot drift from what the API accepts. Served at /api/v1/openapi.json.
 */
import { z } from "zod";
import { ZProfileUpdateInput } from "@/lib/accounts/schemas";
import { ZDirectoryQuery, ZGroupCreateInput, ZJoinInput } from "@/lib/groups/schemas";
import { operations as groupOperations } from "./groups";
import { programOperations } from "./programs";
import { matchingOperations } from "./matching";
import { pairingOperations } from "./pairings";
import { chatOperations } from "./chat";
import type { Operation } from "./types";

const ERROR = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: [
            "INVALID_INPUT",
            "UNAUTHENTICATED",
            "FORBIDDEN",
            "EMAIL_UNVERIFIED",
            "NOT_FOUND",
            "CONFLICT",
            "PAYLOAD_TOO_LARGE",
            "RATE_LIMITED",
            "INTERNAL",
            "UNAVAILABLE",
          ],
        },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      },
    },
  },
} as const;

export const coreOperations: Operation[] = [
  { method: "get", path: "/api/v1/me", summary: "Your profile", tag: "Account", auth: true },
  {
    method: "patch",
    path: "/api/v1/me",
    summary: "Update your profile",
    tag: "Account",
    auth: true,
    body: ZProfileUpdateInput,
  },
  { method: "get", path: "/api/v1/me/groups", summary: "Your groups, with unread activity", tag: "Groups", auth: true },
  {
    method: "post",
    path: "/api/v1/me/photo",
    summary:
      "Upload your profile photo: multipart/form-data with `photo` (an image file, at most 5 MB) and optional `crop` (JSON {x, y, width, height} in pixels of the image as displayed; default: the centred square)",
    tag: "Account",
    auth: true,
    success: { status: 200, description: "The new photo's { userId, version }" },
  },
  { method: "delete", path: "/api/v1/me/photo", summary: "Remove your profile photo", tag: "Account", auth: true },
  {
    method: "get",
    path: "/api/v1/users/{userId}/photo/{size}",
    summary:
      "A member's profile photo (image/webp, size 64, 160 or 320) at version `v`; for signed-in members only, and 404 (never 401) to anyone else; cached for a year",
    tag: "Account",
    // Not 401 when signed out: 404, as for a photo that does not exist.
    auth: false,
    query: z.object({ v: z.string() }),
  },
  {
    method: "get",
    path: "/api/v1/groups",
    summary: "Search the directory of visible groups",
    tag: "Groups",
    auth: false,
    query: ZDirectoryQuery,
  },
  {
    method: "post",
    path: "/api/v1/groups",
    summary: "Create a group (you become its owner)",
    tag: "Groups",
    auth: true,
    body: ZGroupCreateInput,
    success: { status: 201, description: "The new group's id and slug" },
  },
  { method: "get", path: "/api/v1/groups/{slug}", summary: "A group, as you may see it", tag: "Groups", auth: false },
  {
    method: "post",
    path: "/api/v1/groups/{slug}/join",
    summary: "Join, or ask to join",
    tag: "Groups",
    auth: true,
    body: ZJoinInput,
  },
  {
    method: "delete",
    path: "/api/v1/groups/{slug}/join",
    summary: "Leave, or withdraw your request",
    tag: "Groups",
    auth: true,
    refusals: [{ status: 409, description: "You are neither a member nor asking to be one" }],
  },
];

function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
}

function parameters(op: Operation) {
  const params: object[] = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  if (op.query) {
    const schema = jsonSchema(op.query) as { properties?: Record<string, object>; required?: string[] };
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      params.push({ name, in: "query", required: schema.required?.includes(name) ?? false, schema: prop });
    }
  }
  return params;
}

export function buildOpenApiDocument(baseUrl: string) {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of [
    ...coreOperations,
    ...groupOperations,
    ...programOperations,
    ...matchingOperations,
    ...pairingOperations,
    ...chatOperations,
  ]) {
    const success = op.success ?? { status: 200, description: "Success" };
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(op.auth ? { security: [{ session: [] }] } : {}),
      parameters: parameters(op),
      ...(op.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body) } } } }
        : {}),
      responses: {
        [success.status]: {
          description: success.description,
          content: { "application/json": { schema: { type: "object" } } },
        },
        "400": {
          description: "Invalid input, with field errors",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
        ...(op.auth
          ? {
              "401": {
                description: "Not signed in",
                content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
              },
              // assertCan answers 403 to a caller who may see the resource but not do this (a plain member on an
              // admin's operation), and every change refuses a cross-site request with 403.
              "403": {
                description: "You may see it, but not do this (or a cross-site change)",
                content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
              },
            }
          : {}),
        "404": {
          description: "Not found, or not visible to you",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
        ...Object.fromEntries(
          (op.refusals ?? []).map((r) => [
            r.status,
            {
              description: r.description,
              content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
            },
          ]),
        ),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Kinship API",
      version: "1",
      description: "Groups and mentorship. Errors are `{ error: { code, message, fields? } }`.",
    },
    servers: [{ url: baseUrl }],
    components: {
      schemas: { Error: ERROR },
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
    },
    paths,
  };
}
