import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getSessionClaims } from "@/lib/auth/session";
import { openStream } from "@/lib/realtime/stream";
// The features register their renderers in the start-up wiring; the stream alone delivers none.
import "@/lib/wiring";
import { AppError, fieldMessagesFromZod, localizeError, msg } from "@/lib/errors";
import { errorLocale } from "@/lib/http/error-locale";
import { vk } from "@/lib/i18n/zod-messages";
import type { Locale } from "@/lib/i18n/locales";
import { errorResponse } from "@/lib/http/route";
import { logger } from "@/lib/log";

export const dynamic = "force-dynamic";

const MAX_SEQ = 2n ** 63n - 1n;

/** An event id as the stream wrote it: a PostgreSQL bigint seq. */
const ZEventId = z
  .string()
  .regex(/^\d{1,19}$/, vk("validation.stream.eventId"))
  .transform((v) => BigInt(v))
  .refine((v) => v <= MAX_SEQ, vk("validation.stream.eventId"));

const ZResume = z.object({
  "Last-Event-ID": ZEventId.optional(),
  lastEventId: ZEventId.optional(),
});

/** Retryable: the database is briefly out of reach. The tab's realtime bus reopens the stream with backoff. */
function unavailable(requestId: string | null, locale: Locale): NextResponse {
  const res = NextResponse.json(
    {
      error: {
        code: "UNAVAILABLE",
        message: localizeError(new AppError("UNAVAILABLE", msg("errors.stream.unavailable")), locale).message,
      },
    },
    { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
  );
  if (requestId) res.headers.set("x-request-id", requestId);
  return res;
}

/**
 * The tab's realtime stream (Server-Sent Events). It resumes after the Last-Event-ID header (the browser's own
 * reconnect, with the newest id) or the `lastEventId` query (a source the tab reopened after a refusal); its first
 * event, `ready`, carries the id it starts from.
 */
export async function GET(request: NextRequest) {
  const requestId = request.headers.get("x-request-id");
  const resume = ZResume.safeParse({
    "Last-Event-ID": request.headers.get("last-event-id") || undefined,
    lastEventId: request.nextUrl.searchParams.get("lastEventId") ?? undefined,
  });
  if (!resume.success)
    return errorResponse(
      new AppError("INVALID_INPUT", undefined, { fields: fieldMessagesFromZod(resume.error) }),
      requestId,
      await errorLocale(),
    );
  const lastEventId = resume.data["Last-Event-ID"] ?? resume.data.lastEventId ?? null;

  let stream: ReadableStream<Uint8Array> | null;
  try {
    stream = await openStream((await getSessionClaims()) ?? {}, lastEventId, request.signal, {
      announce: true,
      // Live notifications in the language of the tab's pages (the member's, the switcher's or the browser's;
      // English when the request carries none, as for its errors).
      locale: await errorLocale(),
    });
  } catch (error) {
    // The instance's stream cap is full: a clear 429 with Retry-After, not an outage.
    if (error instanceof AppError) return errorResponse(error, requestId, await errorLocale());
    logger.error({ err: error, requestId, path: request.nextUrl.pathname }, "Realtime stream could not open");
    return unavailable(requestId, await errorLocale());
  }
  if (!stream) return errorResponse(new AppError("UNAUTHENTICATED"), requestId, await errorLocale());
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
