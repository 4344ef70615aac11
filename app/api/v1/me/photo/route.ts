import { z } from "zod";
import { apiRoute } from "@/lib/http/route";
import { readMultipart } from "@/lib/http/multipart";
import { consume } from "@/lib/auth/rate-limit";
import { AppError, invalid } from "@/lib/errors";
import { setProfilePhoto, removeProfilePhoto } from "@/lib/photos/set-photo";
import { NOT_AN_IMAGE, ZCrop } from "@/lib/photos/process-photo";
import { MAX_PHOTO_BYTES, MAX_PHOTO_LABEL, tooLargeMessage } from "@/lib/photos/url";

// Room for the multipart envelope and the crop field around a file at the limit.
const ENVELOPE_BYTES = 64 * 1024;
const ZCropField = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The crop is not valid JSON." });
      return z.NEVER;
    }
  })
  .pipe(ZCrop);

/** Upload a new profile photo: multipart with `photo` (the file) and `crop` (JSON {x,y,width,height}, optional). */
export const POST = apiRoute({
  handler: async ({ user, request }) => {
    await consume("photoUploadPerAccount", user.id, { accountId: user.id });
    const form = await readMultipart(
      request,
      MAX_PHOTO_BYTES + ENVELOPE_BYTES,
      `Photos can be up to ${MAX_PHOTO_LABEL}: choose a smaller one.`,
    );
    const file = form.get("photo");
    if (!(file instanceof File) || file.size === 0) throw invalid({ photo: ["Choose a photo to upload."] });
    if (file.size > MAX_PHOTO_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(file.size));
    const cropField = form.get("crop");
    let crop = null;
    if (typeof cropField === "string" && cropField !== "") {
      const parsed = ZCropField.safeParse(cropField);
      if (!parsed.success) throw invalid({ crop: ["The crop is not valid. Choose the area again."] });
      crop = parsed.data;
    }
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
