import type { MetadataRoute } from "next";
import { BRAND, MANIFEST_ICONS } from "@/lib/brand/icon-mark";

/**
 * The web app manifest (/manifest.webmanifest): how Kinship looks when installed. The manifest holds one theme
 * colour, the light one; the pages' own theme-color meta tags (the root layout's `viewport`) give light and dark.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Kinship",
    short_name: "Kinship",
    description: "Groups where volunteers mentor volunteers.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: BRAND.light.background,
    theme_color: BRAND.light.background,
    icons: MANIFEST_ICONS.map((icon) => ({ ...icon })),
  };
}
