import "server-only";
import sharp from "sharp";
import { z } from "zod";
import { AppError, invalid, msg } from "@/lib/errors";
import { PHOTO_SIZES, type PhotoSize } from "./url";

/** The server's own words for a file it cannot decode (the upload card has its English copy for its own check). */
export const NOT_AN_IMAGE = msg("errors.photos.notAnImage");

/** Decompression bombs: a few kilobytes can claim a gigapixel. 40 MP is more than any phone camera takes. */
export const MAX_INPUT_PIXELS = 40_000_000;
const FORMATS = new Set(["jpeg", "png", "webp", "gif", "avif", "heif", "tiff"]);

/** The square the member chose, in pixels of the image as it is displayed (after its EXIF orientation). */
export const ZCrop = z.object({
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
});
export type Crop = z.infer<typeof ZCrop>;

export type PhotoVariants = { size: PhotoSize; body: Buffer }[];

/**
 * Decodes an upload and makes the stored variants. Whether it is an image is decided by decoding it (never by its
 * name or declared type); EXIF orientation is applied first, so the crop means what the member saw; the output is
 * WebP with no metadata at all (sharp writes none unless asked with keepExif/withMetadata, which we never call):
 * no GPS, no camera, no date.
 */
export async function processPhoto(input: Buffer, crop: Crop | null): Promise<PhotoVariants> {
  const open = () => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true, failOn: "error" });
  let width: number;
  let height: number;
  try {
    const meta = await open().metadata();
    if (!FORMATS.has(meta.format)) throw new Error(`unsupported format ${meta.format}`);
    if (meta.width * meta.height > MAX_INPUT_PIXELS) throw new Error("Input image exceeds pixel limit");
    ({ width, height } = meta.autoOrient);
  } catch (error) {
    throw decodeError(error);
  }

  const area = crop ?? centredSquare(width, height);
  if (area.x + area.width > width || area.y + area.height > height)
    throw invalid({ crop: [msg("errors.photos.cropOutside", { width, height })] }, msg("errors.photos.cropDoesNotFit"));

  try {
    return await Promise.all(
      PHOTO_SIZES.map(async (size) => ({
        size,
        body: await open()
          .extract({ left: area.x, top: area.y, width: area.width, height: area.height })
          // cover: a crop a pixel off square (the browser rounds) still fills the square.
          .resize(size, size, { fit: "cover" })
          // Transparent areas would let the initials beneath an avatar show through.
          .flatten({ background: "#ffffff" })
          .webp({ quality: 82 })
          .toBuffer(),
      })),
    );
  } catch (error) {
    throw decodeError(error);
  }
}

/** The largest square in the middle: "use the whole image" without choosing. */
export function centredSquare(width: number, height: number): Crop {
  const side = Math.min(width, height);
  return { x: Math.floor((width - side) / 2), y: Math.floor((height - side) / 2), width: side, height: side };
}

function decodeError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Error && /pixel limit/i.test(error.message))
    return invalid({ photo: [msg("errors.photos.tooManyPixels")] }, msg("errors.photos.tooManyPixels"));
  return invalid({ photo: [NOT_AN_IMAGE] }, NOT_AN_IMAGE);
}
