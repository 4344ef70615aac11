import "server-only";
import { headers } from "next/headers";
import { AppError, invalid, localizeError, msg, toAppError } from "@/lib/errors";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { errorLocale } from "./error-locale";
import { logRequestFailure } from "./failure-log";
// Every server action runs services: features must have plugged into the general parts first (decision 021).
import "@/lib/wiring";

import type { ActionState } from "./action-state";

export type { ActionState } from "./action-state";

type Context<A extends boolean> = { user: A extends true ? SessionUser : SessionUser | null };

/**
 * A form's text fields by name, as sent and unvalidated: a field the form did not send is undefined. The handler
 * maps them to its service's input and the service parses it, once (decision 022).
 */
export type FormValues = Partial<Record<string, string>>;

type Options<T, A extends boolean> = {
  /** Default true: the caller must be signed in. */
  auth?: A;
  /** Fields never echoed back to the form (passwords). */
  secretFields?: string[];
  handler: (values: FormValues, ctx: Context<A>) => Promise<{ message: string; data: T }>;
};

/** The form's text fields (Next's own `$ACTION…` fields left out). */
function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

function withoutSecrets(values: Record<string, string>, secret: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !secret.includes(key)));
}

/** Rethrows Next's control-flow errors (redirect, notFound) instead of reporting them as failures. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") ||
      digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") ||
      digest === "DYNAMIC_SERVER_USAGE")
  );
}

/**
 * The one way a form reaches a service: authenticate, decode the form's fields (transport only: the service
 * validates them, decision 022), run, and map every failure to field errors and a message in the request's language
 * (decision 024), never a stack trace.
 * Every server action is a public endpoint, so the service re-checks permissions itself.
 */
export function formAction<T, A extends boolean = true>(options: Options<T, A>) {
  const secret = options.secretFields ?? ["password"];
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    // A replayed or hand-made request can call the action with anything as its arguments.
    const values = formData instanceof FormData ? formValues(formData) : {};
    try {
      if (!(formData instanceof FormData)) throw new AppError("INVALID_INPUT", msg("errors.http.notAForm"));
      const user = await getCurrentUser();
      if ((options.auth ?? true) && !user) throw new AppError("UNAUTHENTICATED");
      const withNul = Object.keys(values).filter((key) => values[key]!.includes("\0"));
      if (withNul.length) throw invalid(Object.fromEntries(withNul.map((key) => [key, [msg("errors.http.nul")]])));
      const { message, data } = await options.handler({ ...values }, { user } as Context<A>);
      return { status: "success", message, data };
    } catch (error) {
      if (isNextControlFlow(error)) throw error;
      const appError = toAppError(error);
      if (appError.code === "INTERNAL" || appError.code === "UNAVAILABLE") {
        const requestId = (await headers()).get("x-request-id");
        logRequestFailure(appError, { requestId }, "server action failed");
      }
      // Logged in English above; the person reads it in their language (decision 024).
      const { message, fields } = localizeError(appError, await errorLocale());
      return {
        status: "error",
        code: appError.code,
        message,
        fields: fields ?? {},
        values: withoutSecrets(values, secret),
      };
    }
  };
}
