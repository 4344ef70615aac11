import type { Page } from "@playwright/test";
import sharp from "sharp";
import { test, expect, checkPage } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createPost } from "../factories/feed";

// A member adds a photo taken on their phone: it is cropped in the browser, shown in the header, and the file the
// app serves carries none of the phone's metadata (above all, not where it was taken).
test.describe.configure({ timeout: 180_000 });

const HOME = "SECRET-HOME 12 Elm Street";

async function phoneJpeg() {
  // Two colours side by side, so the crop has something to choose between.
  return sharp({ create: { width: 800, height: 600, channels: 3, background: "#2a7ab0" } })
    .composite([
      { input: { create: { width: 400, height: 600, channels: 3, background: "#e0a030" } }, left: 400, top: 0 },
    ])
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneCo", ImageDescription: HOME },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "51/1 30/1 1234/100",
        GPSLongitudeRef: "W",
        GPSLongitude: "0/1 7/1 0/1",
      },
    })
    .toBuffer();
}

const headerPhoto = (page: Page) => page.getByRole("button", { name: "Account menu for Rosa Parks" }).locator("img");
const fileInput = (page: Page) => page.getByLabel(/Choose a (new )?photo/);

test("a photo with GPS EXIF is cropped, saved, shown in the header and served without any metadata", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const user = await makeUser({ name: "Rosa Parks" });
  await loginAs(page, user);
  await page.goto("/settings/profile");
  await expect(page.getByRole("heading", { name: "Photo" })).toBeVisible();
  await expect(headerPhoto(page)).toHaveCount(0); // initials only
  await checkPage(page, "profile-photo-none");

  // Too large: said at once, before anything is uploaded.
  const uploads: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/v1/me/photo")) uploads.push(r.method());
  });
  await fileInput(page).setInputFiles({
    name: "huge.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.alloc(6 * 1024 * 1024),
  });
  await expect(page.getByTestId("photo-error")).toHaveText(
    "This photo is 6.0 MB. Photos can be up to 5 MB: choose a smaller one.",
  );
  expect(uploads).toEqual([]);

  // A text file that calls itself a JPEG: said at once too (the server decodes it again and refuses it anyway).
  await fileInput(page).setInputFiles({
    name: "holiday.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("not a photo at all\n".repeat(50)),
  });
  await expect(page.getByTestId("photo-error")).toHaveText(
    "That file isn't a photo we can read. Choose a JPEG, PNG, WebP, GIF or AVIF image.",
  );
  await expect(page.getByRole("group", { name: "Crop frame" })).toHaveCount(0);
  expect(uploads).toEqual([]);

  // The real photo: cropped with the keyboard only (zoom slider, arrow keys on the frame).
  await fileInput(page).setInputFiles({ name: "IMG_0042.jpg", mimeType: "image/jpeg", buffer: await phoneJpeg() });
  const frame = page.getByRole("group", { name: "Crop frame" });
  await expect(frame).toBeVisible();
  await checkPage(page, "profile-photo-crop");
  await page.getByLabel("Zoom").focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("Zoom")).toHaveValue("1.5");
  await frame.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
  await page.getByRole("button", { name: "Save photo" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Photo saved.")).toBeVisible();

  // The header shows it (loaded, not just a tag), and so does the card.
  await expect(headerPhoto(page)).toHaveCount(1);
  await expect.poll(() => headerPhoto(page).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId("profile-photo").locator("img")).toHaveCount(1);
  await checkPage(page, "profile-photo-saved");

  // The served variant, fetched over HTTP as the browser does: WebP, cached for good, and no metadata at all.
  const src = (await headerPhoto(page).getAttribute("src"))!;
  const res = await page.request.get(src);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/webp");
  expect(res.headers()["cache-control"]).toBe("private, max-age=31536000, immutable");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  const body = await res.body();
  const meta = await sharp(body).metadata();
  expect(meta).toMatchObject({ format: "webp", width: 64, height: 64 });
  expect(meta.exif).toBeUndefined();
  expect(meta.xmp).toBeUndefined();
  expect(meta.icc).toBeUndefined();
  expect(body.includes(Buffer.from("SECRET-HOME"))).toBe(false);

  // Signed out, the same URL is nothing.
  const stranger = await browser.newContext();
  expect((await stranger.request.get(new URL(src, page.url()).toString())).status()).toBe(404);

  // Another member sees it beside Rosa's post in their group's feed.
  const group = await createGroup(db, user, { name: "Photo Circle" });
  await createPost(db, group, user, { body: "Hello from Rosa" });
  const friend = await makeUser({ name: "Fran Friend" });
  await addMember(db, group, friend);
  const friendPage = await (await browser.newContext()).newPage();
  await loginAs(friendPage, friend);
  await friendPage.goto(`/groups/${group.slug}`);
  const postPhoto = friendPage.getByRole("article", { name: "Rosa Parks" }).locator("img").first();
  await expect.poll(() => postPhoto.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // Too large for the server as well, when something skips the browser's check: the answer says why.
  const tooLarge = await page.request.post("/api/v1/me/photo", {
    multipart: { photo: { name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(6 * 1024 * 1024) } },
  });
  expect(tooLarge.status()).toBe(413);
  expect(((await tooLarge.json()) as { error: { message: string } }).error.message).toMatch(/Photos can be up to 5 MB/);

  // A new photo (the whole one, centred: no pointer needed) is a new URL; the old one is gone.
  await fileInput(page).setInputFiles({ name: "IMG_0043.jpg", mimeType: "image/jpeg", buffer: await phoneJpeg() });
  await page.getByRole("button", { name: "Use the whole photo, centred" }).click();
  await expect(page.getByText("Photo saved.").last()).toBeVisible();
  await expect(headerPhoto(page)).not.toHaveAttribute("src", src);
  expect((await page.request.get(src)).status()).toBe(404);

  // Removed: initials again.
  await page.getByRole("button", { name: "Remove photo" }).click();
  await expect(page.getByText("Photo removed.")).toBeVisible();
  await expect(headerPhoto(page)).toHaveCount(0);
  await expect(page.getByText("No photo yet")).toBeVisible();
});
