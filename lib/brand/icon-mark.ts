/**
 * Kinship's mark, the header's purple "K" tile, drawn as paths so that every icon (the SVG tab icon, the PNGs of
 * favicon.ico, the Apple touch icon and the manifest's icons) looks the same without depending on a font.
 * `scripts/make-icons.ts` writes the static files from here; app/apple-icon.tsx renders it at request of the build.
 */

/** The brand colours: the tile is the light theme's primary, the page behind matches globals.css. */
export const BRAND = {
  tile: "#5a3fd6",
  glyph: "#ffffff",
  light: { background: "#ffffff" },
  dark: { background: "#100e1b" },
} as const;

/**
 * The mark as an SVG document on a 64-unit grid. `maskable` fills the whole square with the tile and shrinks the
 * glyph into the safe zone (the inner 80%), since launchers crop maskable icons to their own shapes.
 */
export function markSvg({ maskable = false }: { maskable?: boolean } = {}): string {
  const tile = maskable
    ? `<rect width="64" height="64" fill="${BRAND.tile}"/>`
    : `<rect width="64" height="64" rx="14" fill="${BRAND.tile}"/>`;
  const glyph = `<path d="M23 17v30M42 17 23.5 35M30 29l13 18" fill="none" stroke="${BRAND.glyph}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>`;
  const body = maskable ? `<g transform="translate(9.6 9.6) scale(0.7)">${glyph}</g>` : glyph;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${tile}${body}</svg>\n`;
}

/** The mark as a data URL, for `<img>` inside next/og's ImageResponse. */
export function markDataUrl(options: { maskable?: boolean } = {}): string {
  return `data:image/svg+xml;base64,${Buffer.from(markSvg(options)).toString("base64")}`;
}

/** The icons the web app manifest lists, all written by scripts/make-icons.ts. */
export const MANIFEST_ICONS = [
  { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
  { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
  { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
  { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
] as const;

/**
 * Packs PNG images into one .ico file (the format allows PNG entries since Windows Vista; every current browser
 * reads them). Each entry names its size; 256 px is written as 0, as the format says.
 */
export function packIco(images: { size: number; png: Uint8Array }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => Buffer.from(i.png))]);
}

/** Reads an .ico's directory: each entry's size and whether it holds a PNG. For tests and the script's check. */
export function readIco(file: Uint8Array): { size: number; png: boolean }[] {
  const buf = Buffer.from(file);
  if (buf.length < 6 || buf.readUInt16LE(0) !== 0 || buf.readUInt16LE(2) !== 1) throw new Error("Not an icon file.");
  const count = buf.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const size = buf.readUInt8(at) || 256;
    const offset = buf.readUInt32LE(at + 12);
    const png = buf.subarray(offset, offset + 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    return { size, png };
  });
}
