import type { NextRequest } from "next/server";
import { getSessionClaims } from "@/lib/auth/session";
import { openStream } from "@/lib/realtime/stream";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The tab's realtime stream (Server-Sent Events). Reconnects send Last-Event-ID and get what they missed. */
export async function GET(request: NextRequest) {
  const raw = request.headers.get("last-event-id") ?? request.nextUrl.searchParams.get("lastEventId");
  const lastEventId = raw && /^\d{1,19}$/.test(raw) ? BigInt(raw) : null;
  const stream = await openStream((await getSessionClaims()) ?? {}, lastEventId, request.signal);
  if (!stream) return errorResponse(new AppError("UNAUTHENTICATED"), request.headers.get("x-request-id"));
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
