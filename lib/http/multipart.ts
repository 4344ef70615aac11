import "server-only";
import type { NextRequest } from "next/server";
import { AppError, msg, type MessageText } from "@/lib/errors";

/**
 * A multipart body, read only up to `maxBytes`: a client that lies about (or omits) Content-Length still cannot
 * make the server buffer more than that. `tooLarge` is the message of the 413.
 */
export async function readMultipart(request: NextRequest, maxBytes: number, tooLarge: MessageText): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new AppError("INVALID_INPUT", msg("errors.http.multipartOnly"));
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", tooLarge);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new AppError("PAYLOAD_TOO_LARGE", tooLarge);
      }
      chunks.push(value);
    }
  }
  try {
    return await new Response(Buffer.concat(chunks), { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("INVALID_INPUT", msg("errors.http.uploadUnreadable"));
  }
}
