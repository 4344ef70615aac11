import { apiRoute } from "@/lib/http/route";
import { getDataExportFile } from "@/lib/accounts/export/find-exports";

/** The member's own data archive, while it has not expired. Anyone else's answers 404, as does an expired one. */
export const GET = apiRoute({
  handler: async ({ user, params }) => {
    const file = await getDataExportFile(user, params.id ?? "");
    return new Response(new Uint8Array(file.body), {
      headers: {
        "content-type": "application/zip",
        "content-length": String(file.size),
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      },
    });
  },
});
