import { ImageResponse } from "next/og";
import { markDataUrl } from "@/lib/brand/icon-mark";

// iOS rounds the corners itself and shows transparency as black: the full-bleed tile fills the square.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

/** The home-screen icon for iOS, drawn at build time from the same mark as every other icon. */
export default function AppleIcon() {
  return new ImageResponse(
    <img src={markDataUrl({ maskable: true })} width={size.width} height={size.height} alt="" />,
    size,
  );
}
