import type { Page } from "@playwright/test";
import { test, expect, checkPage, asClient } from "./fixtures";
import { expectNoEnglish, expectNoHorizontalOverflow, shell } from "./languages-check";

// Issue 21, the foundation slice: the shell and the sign-up, sign-in and password pages in Spanish and Arabic.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("in Spanish, from the browser's Accept-Language", () => {
  test.use({ locale: "es-MX", extraHTTPHeaders: asClient() });

  test("sign up and sign in, with no English left in the translated parts", async ({ page, db }) => {
    test.slow(); // a journey across four pages, each checked with axe three times
    const email = `lucia-${unique()}@example.test`;
    const password = "un jardín de jabón y lejía";

    await page.goto("/sign-up");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { name: "Únete a Kinship" })).toBeVisible();
    await expectNoEnglish(shell(page));
    await checkPage(page, "languages-es-sign-up");
    await page.getByLabel("Nombre").fill("Lucía Fernández");
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByLabel("Contraseña").fill(password);
    await page.getByRole("button", { name: "Crear cuenta" }).click();

    await expect(page.getByRole("heading", { name: "Revisa tu correo" })).toBeVisible();
    await expect(page).toHaveTitle("Revisa tu correo · Kinship");
    await expectNoEnglish(shell(page));
    await checkPage(page, "languages-es-check-email");

    // The emailed link's page is a later slice: the address is confirmed here as that page would.
    await db.user.update({ where: { email }, data: { emailVerifiedAt: new Date() } });
    await page.getByRole("main").getByRole("link", { name: "Inicia sesión" }).click();
    await expect(page.getByRole("heading", { name: "Inicia sesión en Kinship" })).toBeVisible();
    await expectNoEnglish(shell(page));
    await checkPage(page, "languages-es-sign-in");
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByLabel("Contraseña").fill(password);
    await page.getByRole("button", { name: "Iniciar sesión" }).click();

    await expect(page.getByText("Has iniciado sesión.")).toBeVisible();
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("link", { name: "Mentorías" })).toBeVisible();
    await banner.getByRole("button", { name: "Menú de la cuenta de Lucía Fernández" }).click();
    await expect(page.getByRole("menuitem", { name: "Cerrar sesión" })).toBeVisible();
    await expectNoEnglish([page.getByRole("menu"), page.getByRole("contentinfo")]);
  });
});

test.describe("in Arabic, chosen with the footer's switcher", () => {
  test.use({ locale: "en-US", extraHTTPHeaders: asClient() });

  test("right to left: sign up and sign in, axe clean, nothing wider than a phone", async ({ page, db }) => {
    test.slow(); // a journey across four pages, each checked with axe three times
    const email = `layla-${unique()}@example.test`;
    const password = "حديقة من الصابون";

    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { name: "Join Kinship" })).toBeVisible();
    await page.getByRole("contentinfo").getByRole("button", { name: "العربية" }).click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { name: "انضم إلى Kinship" })).toBeVisible();
    await expect(page.getByRole("contentinfo").getByRole("button", { name: "العربية" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expectNoEnglish(shell(page));
    await expectNoHorizontalOverflow(page);
    await checkPage(page, "languages-ar-sign-up");

    await page.getByLabel("الاسم").fill("ليلى حداد");
    await page.getByLabel("البريد الإلكتروني").fill(email);
    await page.getByLabel("كلمة المرور").fill(password);
    await page.getByRole("button", { name: "إنشاء الحساب" }).click();
    await expect(page.getByRole("heading", { name: "تحقّق من بريدك الإلكتروني" })).toBeVisible();
    await expectNoEnglish(shell(page));
    await expectNoHorizontalOverflow(page);
    await checkPage(page, "languages-ar-check-email");

    await db.user.update({ where: { email }, data: { emailVerifiedAt: new Date() } });
    await page.goto("/forgot-password");
    await expect(page.getByRole("heading", { name: "نسيت كلمة المرور؟" })).toBeVisible();
    await expectNoEnglish(shell(page));
    await expectNoHorizontalOverflow(page);
    await checkPage(page, "languages-ar-forgot-password");

    await page.getByRole("main").getByRole("link", { name: "سجّل الدخول" }).click();
    await expect(page.getByRole("heading", { name: "سجّل الدخول إلى Kinship" })).toBeVisible();
    await expectNoEnglish(shell(page));
    await expectNoHorizontalOverflow(page);
    await checkPage(page, "languages-ar-sign-in");
    await page.getByLabel("البريد الإلكتروني").fill(email);
    await page.getByLabel("كلمة المرور").fill(password);
    await page.getByRole("button", { name: "تسجيل الدخول" }).click();
    await expect(page.getByText("تم تسجيل دخولك.")).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "المجموعات" })).toBeVisible();
    await expectNoEnglish([page.getByRole("banner"), page.getByRole("contentinfo")]);
    await expectNoHorizontalOverflow(page);
  });
});

test.describe("the Arabic typeface", () => {
  test.use({ extraHTTPHeaders: asClient() });

  /** The font files a page downloads while it renders its text. */
  async function fontsLoaded(page: Page, path: string): Promise<string[]> {
    const fonts: string[] = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "font" && r.ok()) fonts.push(r.url());
    });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return fonts;
  }

  // Every page shows "العربية" in the footer's switcher, so every page uses the face: one small cached file.
  test("Arabic words are drawn with the self-hosted Arabic face, downloaded from Kinship itself", async ({ page }) => {
    await page.context().setExtraHTTPHeaders({ ...asClient(), "accept-language": "ar" });
    const fonts = await fontsLoaded(page, "/sign-in");
    const arabicFace = fonts.filter((url) => /noto_sans_arabic/.test(url));
    expect(arabicFace).toHaveLength(1);
    expect(new URL(arabicFace[0]!).pathname).toMatch(/^\/_next\/static\/media\//);
    const drawn = await page.evaluate(() =>
      [...document.fonts].some((f) => f.status === "loaded" && f.unicodeRange.toUpperCase().includes("U+600-6FF")),
    );
    expect(drawn).toBe(true);
  });
});

test.describe("the language switcher", () => {
  test.use({ extraHTTPHeaders: asClient() });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in to Kinship" })).toBeVisible();
    await page.getByRole("contentinfo").getByRole("button", { name: "Español" }).click();
    await expect(page.getByRole("heading", { name: "Inicia sesión en Kinship" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await context.close();
  });

  test("saves a member's choice on their profile, which wins over the browser's language", async ({
    page,
    browser,
    db,
    makeUser,
    loginAs,
  }) => {
    const member = await makeUser({ name: "Omar Saleh" });
    await loginAs(page, member);
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("button", { name: "العربية" }).click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: member.id } })).locale).toBe("ar");

    // Another device, with a Spanish browser and no cookie: the member's setting wins.
    const context = await browser.newContext({ locale: "es-ES" });
    const other = await context.newPage();
    await loginAs(other, member);
    await other.goto("/");
    await expect(other.locator("html")).toHaveAttribute("lang", "ar");
    await expect(other.getByRole("banner").getByRole("link", { name: "المجموعات" })).toBeVisible();
    await context.close();
  });

  test("a visitor without a choice gets English for a language Kinship does not speak", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Sign in to Kinship" })).toBeVisible();
    await context.close();
  });
});
