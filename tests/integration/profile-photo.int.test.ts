/**
 * Profile photos on a real database and the local-disk store (a temporary folder, see setup.ts): what is accepted,
 * what is refused and how it says so, that no metadata survives (GPS above all), and who may fetch a photo.
 */
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage";
import type { SessionUser } from "@/lib/auth/session-user";
import { POST, DELETE } from "@/app/api/v1/me/photo/route";
import { GET } from "@/app/api/v1/users/[userId]/photo/[size]/route";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createComment, createPost } from "../factories/feed";
import { findFeed } from "@/lib/groups/feed/find-feed";
import { findMembers } from "@/lib/groups/members/find-members";

const auth = vi.hoisted(() => ({ viewer: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.viewer }));

const BASE = "http://localhost:3000";
const HOME = "SECRET-HOME-42 Elm Street";

async function member(name = "Rosa Parks") {
  const u = await createUser(db, { name });
  return { id: u.id, name: u.name, email: u.email, timeZone: u.timeZone } satisfies SessionUser;
}

/** A JPEG as a phone writes it: camera, description and GPS position in its EXIF. */
async function phoneJpeg(width = 640, height = 480) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Phone 15", ImageDescription: HOME },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "51/1 30/1 1234/100",
        GPSLongitudeRef: "W",
        GPSLongitude: "0/1 7/1 0/1",
      },
    })
    .toBuffer();
}

/** Whether an EXIF block holds a GPSInfo tag (0x8825), in either byte order. */
const hasGpsPointer = (exif: Buffer) =>
  exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));

async function upload(body: Buffer | Blob, options: { name?: string; type?: string; crop?: unknown } = {}) {
  const form = new FormData();
  const blob = body instanceof Blob ? body : new Blob([new Uint8Array(body)], { type: options.type ?? "image/jpeg" });
  form.set("photo", blob, options.name ?? "me.jpg");
  if (options.crop !== undefined) form.set("crop", JSON.stringify(options.crop));
  const res = await POST(new NextRequest(`${BASE}/api/v1/me/photo`, { method: "POST", body: form }), {
    params: Promise.resolve({}),
  });
  return {
    status: res.status,
    json: (await res.json()) as { photo?: { version: string }; error?: { message: string } },
  };
}

const fetchPhoto = (userId: string, size: string | number, v?: string) =>
  GET(new NextRequest(`${BASE}/api/v1/users/${userId}/photo/${size}${v === undefined ? "" : `?v=${v}`}`), {
    params: Promise.resolve({ userId, size: String(size) }),
  });

const versionOf = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { photoVersion: true } })).photoVersion;

describe("uploading a profile photo", () => {
  it("stores 64, 160 and 320 px square WebP variants with no EXIF, GPS, XMP or ICC left", async () => {
    auth.viewer = await member();
    const input = await phoneJpeg();
    const inputMeta = await sharp(input).metadata();
    // The test photo really carries it: the description, and a GPS block (IFD0's GPSInfo pointer, tag 0x8825).
    expect(inputMeta.exif?.includes(Buffer.from(HOME))).toBe(true);
    expect(hasGpsPointer(inputMeta.exif!)).toBe(true);

    const { status, json } = await upload(input, { crop: { x: 100, y: 40, width: 400, height: 400 } });
    expect(status).toBe(200);
    const version = json.photo!.version;
    expect(await versionOf(auth.viewer.id)).toBe(version);

    for (const size of [64, 160, 320]) {
      const res = await fetchPhoto(auth.viewer.id, size, version);
      expect(res.status).toBe(200);
      const body = Buffer.from(await res.arrayBuffer());
      const meta = await sharp(body).metadata();
      expect(meta).toMatchObject({ format: "webp", width: size, height: size });
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(body.includes(Buffer.from("SECRET-HOME"))).toBe(false);
      expect(body.includes(Buffer.from("PhoneCo"))).toBe(false);
    }
  });

  it("applies the EXIF orientation before the crop, so the crop is the area the member saw", async () => {
    auth.viewer = await member();
    // Stored 300 × 200 with the left half red and the right half blue, tagged "rotate 90° clockwise to display":
    // displayed 200 × 300, red on top and blue below.
    const halves = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#ff0000" } })
      .composite([
        { input: { create: { width: 150, height: 200, channels: 3, background: "#0000ff" } }, left: 150, top: 0 },
      ])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();

    const { status, json } = await upload(halves, { crop: { x: 0, y: 160, width: 200, height: 140 } });
    expect(status).toBe(200);
    const res = await fetchPhoto(auth.viewer.id, 64, json.photo!.version);
    const { data } = await sharp(Buffer.from(await res.arrayBuffer()))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const [r, g, b] = [data[0]!, data[1]!, data[2]!];
    expect(b).toBeGreaterThan(200);
    expect(r).toBeLessThan(60);
    expect(g).toBeLessThan(60);
  });

  it("uses the centred square when no crop is sent", async () => {
    auth.viewer = await member();
    expect((await upload(await phoneJpeg(900, 300))).status).toBe(200);
  });

  it("refuses a text file named .jpg and sent as image/jpeg, by decoding it", async () => {
    auth.viewer = await member();
    const { status, json } = await upload(Buffer.from("I am not a photo, whatever my name says.\n".repeat(20)), {
      name: "holiday.jpg",
      type: "image/jpeg",
    });
    expect(status).toBe(400);
    expect(json.error?.message).toBe(
      "That file isn't a photo we can read. Choose a JPEG, PNG, WebP, GIF or AVIF image.",
    );
    expect(await versionOf(auth.viewer.id)).toBeNull();
  });

  it("refuses an SVG (a document that can draw, not a photo)", async () => {
    auth.viewer = await member();
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    );
    expect((await upload(svg, { name: "me.svg", type: "image/svg+xml" })).status).toBe(400);
  });

  it("refuses a 6 MB file with a message that names the limit", async () => {
    auth.viewer = await member();
    const big = Buffer.concat([await phoneJpeg(), Buffer.alloc(6 * 1024 * 1024)]);
    const { status, json } = await upload(big);
    expect(status).toBe(413);
    expect(json.error?.message).toMatch(/Photos can be up to 5 MB/);
    expect(await versionOf(auth.viewer.id)).toBeNull();
  });

  it("refuses an image of more than 40 megapixels (a decompression bomb is tiny on disk)", async () => {
    auth.viewer = await member();
    const bomb = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#ffffff" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { status, json } = await upload(bomb, { name: "bomb.png", type: "image/png" });
    expect(status).toBe(400);
    expect(json.error?.message).toMatch(/too many pixels/);
  });

  it.each([
    ["outside the image", { x: 500, y: 0, width: 400, height: 400 }],
    ["negative", { x: -1, y: 0, width: 100, height: 100 }],
    ["empty", { x: 0, y: 0, width: 0, height: 0 }],
    ["not numbers", { x: "0", y: 0, width: 100, height: 100 }],
  ])("refuses a crop that is %s", async (_, crop) => {
    auth.viewer = await member();
    const { status } = await upload(await phoneJpeg(), { crop });
    expect(status).toBe(400);
    expect(await versionOf(auth.viewer.id)).toBeNull();
  });

  it("refuses the signed-out", async () => {
    auth.viewer = null;
    expect((await upload(await phoneJpeg())).status).toBe(401);
  });
});

describe("replacing and removing", () => {
  it("deletes the old version's files once the new one is saved, and every file on removal", async () => {
    const me = (auth.viewer = await member());
    const first = (await upload(await phoneJpeg())).json.photo!.version;
    const second = (await upload(await phoneJpeg())).json.photo!.version;
    expect(second).not.toBe(first);
    expect(await storage().get(`photos/${me.id}/${first}/64.webp`)).toBeNull();
    expect((await fetchPhoto(me.id, 64, first)).status).toBe(404);
    expect((await fetchPhoto(me.id, 64, second)).status).toBe(200);

    const res = await DELETE(new NextRequest(`${BASE}/api/v1/me/photo`, { method: "DELETE" }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(200);
    expect(await versionOf(me.id)).toBeNull();
    for (const size of [64, 160, 320]) expect(await storage().get(`photos/${me.id}/${second}/${size}.webp`)).toBeNull();
    expect((await fetchPhoto(me.id, 64, second)).status).toBe(404);
  });
});

describe("who may fetch a photo", () => {
  it("any signed-in member, with long private caching; nobody signed out; nothing unknown", async () => {
    const owner = (auth.viewer = await member("Owner Person"));
    const version = (await upload(await phoneJpeg())).json.photo!.version;

    auth.viewer = await member("Someone Else");
    const seen = await fetchPhoto(owner.id, 160, version);
    expect(seen.status).toBe(200);
    expect(seen.headers.get("content-type")).toBe("image/webp");
    expect(seen.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(seen.headers.get("x-content-type-options")).toBe("nosniff");

    auth.viewer = null;
    const signedOut = await fetchPhoto(owner.id, 160, version);
    expect(signedOut.status).toBe(404);
    expect(signedOut.headers.get("cache-control") ?? "").not.toMatch(/immutable/);

    auth.viewer = await member("Curious");
    expect((await fetchPhoto(owner.id, 160)).status).toBe(404); // no version
    expect((await fetchPhoto(owner.id, 160, "guessed")).status).toBe(404);
    expect((await fetchPhoto(owner.id, 100, version)).status).toBe(404); // a size we do not make
    expect((await fetchPhoto("nobody-at-all", 160, version)).status).toBe(404);
    expect((await fetchPhoto(auth.viewer.id, 160, version)).status).toBe(404); // someone without a photo
    expect((await fetchPhoto("../../etc", 160, version)).status).toBe(404);
  });
});

describe("avatars where names are shown", () => {
  it("the feed (posts and comments) and the members list carry each person's current photo, or none", async () => {
    const withPhoto = (auth.viewer = await member("Has Photo"));
    const version = (await upload(await phoneJpeg())).json.photo!.version;
    const without = await member("No Photo");
    const group = await createGroup(db, withPhoto);
    await addMember(db, group, without);
    const post = await createPost(db, group, withPhoto);
    await createComment(db, post, without);
    await createComment(db, post, withPhoto);

    const feed = await findFeed(without, { slug: group.slug }, {});
    const [shown] = feed.posts;
    expect(shown!.author.photo).toEqual({ userId: withPhoto.id, version });
    expect(shown!.comments.map((c) => c.author.photo)).toEqual([null, { userId: withPhoto.id, version }]);

    const { members } = await findMembers(without, group.slug, {});
    expect(Object.fromEntries(members.map((m) => [m.name, m.photo]))).toEqual({
      "Has Photo": { userId: withPhoto.id, version },
      "No Photo": null,
    });
  });
});
