import { apiRoute } from "@/lib/http/route";
import { readMultipart } from "@/lib/http/multipart";
import { consume } from "@/lib/auth/rate-limit";
import { AppError, invalid, msg } from "@/lib/errors";
import { setProfilePhoto, removeProfilePhoto } from "@/lib/photos/set-photo";
import { NOT_AN_IMAGE } from "@/lib/photos/process-photo";
import { formatMegabytes, MAX_PHOTO_BYTES, MAX_PHOTO_LABEL } from "@/lib/photos/url";

// Room for the multipart envelope and the crop field around a file at the limit.
const ENVELOPE_BYTES = 64 * 1024;

/** The crop field's JSON, decoded (transport only: the service validates it). Text that is not JSON is handed on
 * as it is, which the service refuses like any other bad crop. */
function decodeCrop(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Upload a new profile photo: multipart with `photo` (the file) and `crop` (JSON {x,y,width,height}, optional). */
export const POST = apiRoute({
  ownBody: true,
  handler: async ({ user, request }) => {
    await consume("photoUploadPerAccount", user.id, { accountId: user.id });
    const form = await readMultipart(
      request,
      MAX_PHOTO_BYTES + ENVELOPE_BYTES,
      msg("errors.photos.tooLargeUpload", { max: MAX_PHOTO_LABEL }),
    );
    const file = form.get("photo");
    if (!(file instanceof File) || file.size === 0) throw invalid({ photo: [msg("errors.photos.choosePhoto")] });
    if (file.size > MAX_PHOTO_BYTES)
      throw new AppError(
        "PAYLOAD_TOO_LARGE",
        msg("errors.photos.tooLarge", { size: formatMegabytes(file.size), max: MAX_PHOTO_LABEL }),
      );
    const cropField = form.get("crop");
    const crop = typeof cropField === "string" && cropField !== "" ? decodeCrop(cropField) : undefined;
    const body = Buffer.from(await file.arrayBuffer());
    if (body.length === 0) throw invalid({ photo: [NOT_AN_IMAGE] }, NOT_AN_IMAGE);
    return { photo: await setProfilePhoto(user, body, crop) };
  },
});

/** Remove the profile photo (initials are shown instead). */
export const DELETE = apiRoute({
  handler: async ({ user }) => {
    await removeProfilePhoto(user);
    return { photo: null };
  },
});
