/** The thread's JSON API from the browser: every answer becomes a result, never a thrown error. */
export type ApiFailure = {
  ok: false;
  status: number;
  /** The server's words (already in the reader's language), or English for the cases below. */
  message: string;
  /** Where the message came from: the server's answer, or none (`useApiError` words those in the reader's language). */
  reason: "server" | "generic" | "timeout" | "offline";
  fields?: Record<string, string[]>;
};
export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

type ErrorJson = { error?: { message?: string; fields?: Record<string, string[]> } };

export async function chatApi<T>(
  url: string,
  { method = "GET", body, timeoutMs = 15_000 }: { method?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    const json = (await res.json().catch(() => null)) as unknown;
    if (res.ok) return { ok: true, data: json as T };
    const error = (json as ErrorJson | null)?.error;
    return {
      ok: false,
      status: res.status,
      message: error?.message ?? "Something went wrong. Please try again.",
      reason: error?.message ? "server" : "generic",
      ...(error?.fields ? { fields: error.fields } : {}),
    };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    return {
      ok: false,
      status: 0,
      message: timedOut ? "The connection timed out." : "You seem to be offline.",
      reason: timedOut ? "timeout" : "offline",
    };
  }
}
