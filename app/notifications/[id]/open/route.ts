import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { openNotification } from "@/lib/notifications/open-notification";
import { AppError } from "@/lib/errors";

/** A notification's link: marks it read, then goes where it leads (so the bell and the list need no script). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user)
    return NextResponse.redirect(
      new URL(`/sign-in?callbackUrl=${encodeURIComponent(request.nextUrl.pathname)}`, request.url),
    );
  try {
    const { url } = await openNotification(user, (await params).id);
    return NextResponse.redirect(new URL(url, request.url));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      return NextResponse.redirect(new URL("/notifications", request.url));
    throw error;
  }
}
