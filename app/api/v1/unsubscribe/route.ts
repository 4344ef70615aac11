import { NextResponse, type NextRequest } from "next/server";
import { readUnsubscribeToken } from "@/lib/email/unsubscribe-token";
import { unsubscribe } from "@/lib/notifications/preferences";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route";

/** RFC 8058 one-click unsubscribe: mail clients POST here; the signed token is the proof. */
export async function POST(request: NextRequest) {
  const parsed = readUnsubscribeToken(request.nextUrl.searchParams.get("token") ?? "");
  if (!parsed) return errorResponse(new AppError("NOT_FOUND"));
  await unsubscribe(parsed.userId, parsed.kind);
  return NextResponse.json({ unsubscribed: parsed.kind });
}
