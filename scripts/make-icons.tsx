/**
 * Writes Kinship's static icons from the one mark in lib/brand/icon-mark.ts: app/icon.svg (the tab icon),
 * app/favicon.ico (16, 32 and 48 px, for browsers and tools that ask for /favicon.ico) and the manifest's PNGs in
 * public/icons/. Run it after changing the mark: `npx tsx scripts/make-icons.tsx`. The outputs are committed, so
 * neither a build nor a fresh machine runs it; tests/unit/icons.test.ts fails when app/icon.svg is out of date.
 */
import fs from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { markDataUrl, markSvg, packIco, readIco } from "../lib/brand/icon-mark";

const root = path.resolve(import.meta.dirname, "..");

async function png(size: number, maskable = false): Promise<Buffer> {
  const image = new ImageResponse(
    // eslint-disable-next-line @next/next/no-img-element -- next/og draws plain elements, not next/image
    <img src={markDataUrl({ maskable })} width={size} height={size} alt="" />,
    { width: size, height: size },
  );
  return Buffer.from(await image.arrayBuffer());
}

function write(relative: string, data: string | Buffer) {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  console.log(`wrote ${relative} (${typeof data === "string" ? Buffer.byteLength(data) : data.length} bytes)`);
}

write("app/icon.svg", markSvg());
const ico = packIco(await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await png(size) }))));
readIco(ico); // fails loudly if the packing is wrong
write("app/favicon.ico", ico);
write("public/icons/icon-192.png", await png(192));
write("public/icons/icon-512.png", await png(512));
write("public/icons/maskable-512.png", await png(512, true));
