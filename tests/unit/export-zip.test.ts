import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { byId, ZipWriter } from "@/lib/accounts/export/zip-writer";

describe("byId (the export's pages)", () => {
  it("asks for one bounded page at a time, after the last id seen, until a short page", async () => {
    const rows = Array.from({ length: 2501 }, (_, i) => ({ id: String(i).padStart(5, "0") }));
    const asked: { after: string | undefined; take: number }[] = [];
    const pages: number[] = [];
    for await (const page of byId(async (after, take) => {
      asked.push({ after, take });
      return rows.filter((r) => after === undefined || r.id > after).slice(0, take);
    }))
      pages.push(page.length);
    expect(pages).toEqual([1000, 1000, 501]);
    expect(asked).toEqual([
      { after: undefined, take: 1000 },
      { after: "00999", take: 1000 },
      { after: "01999", take: 1000 },
    ]);
  });

  it("stops after an exactly full last page with one empty fetch, yielding no empty page", async () => {
    const rows = Array.from({ length: 4 }, (_, i) => ({ id: String(i) }));
    const pages: number[] = [];
    for await (const page of byId(
      async (after, take) => rows.filter((r) => after === undefined || r.id > after).slice(0, take),
      2,
    ))
      pages.push(page.length);
    expect(pages).toEqual([2, 2]);
  });
});

describe("ZipWriter", () => {
  it("writes JSON arrays page by page into a zip that unzips to valid JSON", async () => {
    const zip = new ZipWriter();
    zip.text("README.txt", "hello");
    async function* pages(): AsyncGenerator<{ a: number | string }[]> {
      yield [{ a: 1 }, { a: 2 }];
      yield [{ a: 'ü "quoted"' }];
    }
    async function* none() {}
    expect(await zip.jsonArray("rows.json", pages())).toBe(3);
    expect(await zip.jsonArray("empty.json", none())).toBe(0);
    const files = unzipSync(new Uint8Array(await zip.finish()));
    expect(strFromU8(files["README.txt"]!)).toBe("hello");
    expect(JSON.parse(strFromU8(files["rows.json"]!))).toEqual([{ a: 1 }, { a: 2 }, { a: 'ü "quoted"' }]);
    expect(JSON.parse(strFromU8(files["empty.json"]!))).toEqual([]);
  });
});
