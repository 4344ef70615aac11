import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST_ICONS, markSvg, packIco, readIco } from "@/lib/brand/icon-mark";

const root = path.resolve(import.meta.dirname, "../..");
const read = (relative: string) => fs.readFileSync(path.join(root, relative));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (file: Buffer) => ({ width: file.readUInt32BE(16), height: file.readUInt32BE(20) });

describe("the icon set", () => {
  it("app/favicon.ico is a real .ico holding 16, 32 and 48 px PNGs", () => {
    expect(readIco(read("app/favicon.ico"))).toEqual([
      { size: 16, png: true },
      { size: 32, png: true },
      { size: 48, png: true },
    ]);
  });

  it("app/icon.svg is the current mark (run scripts/make-icons.tsx after changing it)", () => {
    expect(read("app/icon.svg").toString()).toBe(markSvg());
  });

  it("every PNG the manifest lists is in public/ at the size it claims", () => {
    for (const icon of MANIFEST_ICONS.filter((i) => i.type === "image/png")) {
      const file = read(path.join("public", icon.src));
      expect([...file.subarray(0, 8)], icon.src).toEqual(PNG);
      const [w, h] = icon.sizes.split("x").map(Number);
      expect(pngSize(file), icon.src).toEqual({ width: w, height: h });
    }
  });

  it("packs and reads back an .ico, 256 px written as 0", () => {
    const png = Uint8Array.from([...PNG, 0, 0, 0, 0]);
    const ico = packIco([
      { size: 16, png },
      { size: 256, png },
    ]);
    expect(ico.readUInt8(6 + 16)).toBe(0);
    expect(readIco(ico)).toEqual([
      { size: 16, png: true },
      { size: 256, png: true },
    ]);
    expect(() => readIco(Uint8Array.from([1, 2, 3, 4, 5, 6]))).toThrow("Not an icon file.");
  });
});
