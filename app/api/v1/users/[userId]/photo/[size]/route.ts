import { apiRoute } from "@/lib/http/route";
import { getPhotoVariant } from "@/lib/photos/get-photo";

/**
 * A variant of a member's profile photo, for signed-in members only (404 to anyone else, as for an unknown member:
 * auth is checked here rather than answered 401, so the route says nothing about who has a photo). Each URL names
 * one version that never changes, so the browser may keep it for a year without asking again.
 */
export const GET = apiRoute({
  auth: false,
  handler: async ({ user, params, query }) => {
    const file = await getPhotoVariant(user, params.userId ?? "", params.size ?? "", query.v);
    return new Response(new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.size),
        "Cache-Control": "private, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
        // Opened on its own, it is a picture, never a page: no scripts even if a store returned something else.
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  },
});
