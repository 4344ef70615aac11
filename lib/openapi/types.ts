import type { z } from "zod";

/**
 * One operation of /api/v1 as the OpenAPI document describes it. Only types live here, so each domain's list of
 * operations (lib/<domain>/openapi.ts, lib/openapi/<domain>.ts) can name it without importing the document that
 * gathers them all.
 */
export type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  auth: boolean;
  query?: z.ZodType;
  body?: z.ZodType;
  /** HTTP status of success and what it returns, in words. */
  success?: { status: number; description: string };
  /** Refusals beyond the common ones (400, 401, 403, 404), e.g. 409 when the state does not allow it. */
  refusals?: { status: number; description: string }[];
};
