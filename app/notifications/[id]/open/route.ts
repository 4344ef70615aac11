import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { openNotification } from "@/lib/notifications/open-notification";
import { AppError } from "@/lib/errors";

/**
 * A redirect to a path of this site, written relative: the browser keeps the host it used. `request.url` names the
 * server's own host (`localhost`), so an absolute redirect from it sent a member who came by another name (an IP
 * address, a proxy's host) to a host without their session cookie.
 */
function redirectTo(path: string): NextResponse {
  return new NextResponse(null, { status: 307, headers: { Location: path } });
}

/** A notification's link: marks it read, then goes where it leads (so the bell and the list need no script). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return redirectTo(`/sign-in?callbackUrl=${encodeURIComponent(request.nextUrl.pathname)}`);
  try {
    const { url } = await openNotification(user, (await params).id);
    return redirectTo(url);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return redirectTo("/notifications");
    throw error;
  }
}
