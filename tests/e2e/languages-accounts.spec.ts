import { createHash, createHmac, randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/db/generated/client";
import { test, expect, checkPage, asClient } from "./fixtures";
import { expectNoEnglish, expectNoHorizontalOverflow, shell } from "./languages-check";
import { createGroup } from "../factories/groups";

// Issue 21, the accounts slice: settings, account, invitation, unsubscribe, email-confirmation and error pages in
// Spanish and Arabic, and the profile's own language choice.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.use({ extraHTTPHeaders: asClient() });

type Language = "es" | "ar";

/** Everything a page checks in a translated language: its language and direction, no English, axe, the phone. */
async function looksTranslated(page: Page, language: Language, name: string, except: string[]) {
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await expect(page.locator("html")).toHaveAttribute("dir", language === "ar" ? "rtl" : "ltr");
  await expectNoEnglish(shell(page), except);
  if (language === "ar") await expectNoHorizontalOverflow(page);
  await checkPage(page, `languages-${language}-${name}`);
}

/** A link invitation to a new group of `owner`'s, as the group's settings page would create it. */
async function invitation(db: PrismaClient, owner: { id: string }, groupName: string) {
  const group = await createGroup(db, owner, { name: groupName, description: "" });
  const token = randomBytes(32).toString("base64url");
  await db.invitation.create({
    data: {
      groupId: group.id,
      invitedById: owner.id,
      tokenHash: createHash("sha256").update(token, "utf8").digest("hex"),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
      maxUses: 10,
    },
  });
  return { group, token };
}

/** The one-click link of a "you're invited to a group" email, signed as lib/email/unsubscribe-token.ts signs it. */
function unsubscribeLink(userId: string): string {
  const payload = Buffer.from(JSON.stringify([userId, "group.invited"])).toString("base64url");
  const mac = createHmac("sha256", process.env.AUTH_SECRET ?? "")
    .update(`unsubscribe:${payload}`)
    .digest("base64url");
  return `/unsubscribe?token=${payload}.${mac}`;
}

const WORDS = {
  es: {
    profile: "Tu perfil",
    name: "Nombre",
    bio: "Biografía breve",
    saveProfile: "Guardar perfil",
    profileSaved: "Tu perfil está guardado.",
    languageLabel: "Idioma de Kinship",
    account: "Cuenta",
    signOutEverywhere: "Cerrar sesión en todas partes",
    newEmail: "Nuevo correo electrónico",
    notifications: "Configuración de notificaciones",
    digest: "Un resumen diario en lugar de correos separados",
    saveSettings: "Guardar configuración",
    settingsSaved: "Tu configuración de notificaciones está guardada.",
    privacy: "Privacidad y datos",
    deleteAccount: "Eliminar mi cuenta",
    notFound: "No encontramos esa página",
    home: "Ir al inicio",
    invalidInvite: "Esta invitación no se puede usar",
    findGroups: "Buscar grupos",
    acceptInvite: "Aceptar la invitación",
    welcome: "¡Te damos la bienvenida! Ya eres miembro.",
    unsubscribe: "Cancelar suscripción",
    unsubscribed: "Ya no recibirás estos correos.",
    deadUnsubscribe: "Este enlace no funciona",
    invalidVerify: "Este enlace no es válido",
    useResend: "Usa “Reenviar correo” en la parte superior de la página para recibir un enlace nuevo.",
  },
  ar: {
    profile: "ملفك الشخصي",
    name: "الاسم",
    bio: "نبذة قصيرة",
    saveProfile: "حفظ الملف الشخصي",
    profileSaved: "تم حفظ ملفك الشخصي.",
    languageLabel: "لغة Kinship",
    account: "الحساب",
    signOutEverywhere: "تسجيل الخروج من كل مكان",
    newEmail: "عنوان البريد الإلكتروني الجديد",
    notifications: "إعدادات الإشعارات",
    digest: "ملخّص يومي واحد بدلًا من رسائل منفصلة",
    saveSettings: "حفظ الإعدادات",
    settingsSaved: "تم حفظ إعدادات الإشعارات.",
    privacy: "الخصوصية والبيانات",
    deleteAccount: "حذف حسابي",
    notFound: "لم نعثر على هذه الصفحة",
    home: "الذهاب إلى الصفحة الرئيسية",
    invalidInvite: "لا يمكن استخدام هذه الدعوة",
    findGroups: "البحث عن مجموعات",
    acceptInvite: "قبول الدعوة",
    welcome: "أهلًا بك! أصبحت الآن عضوًا.",
    unsubscribe: "إلغاء الاشتراك",
    unsubscribed: "أُلغي اشتراكك في هذه الرسائل.",
    deadUnsubscribe: "هذا الرابط لا يعمل",
    invalidVerify: "هذا الرابط غير صالح",
    useResend: "استخدم «إعادة إرسال البريد» أعلى الصفحة للحصول على رابط جديد.",
  },
} as const;

const MEMBERS = { es: "Lucía Fernández", ar: "ليلى حداد" } as const;

for (const language of ["es", "ar"] as const) {
  const w = WORDS[language];

  test.describe(`in ${language === "es" ? "Spanish" : "Arabic"}, the member's saved language`, () => {
    test("the settings pages: profile, account, notifications, privacy", async ({ page, db, makeUser, loginAs }) => {
      test.slow(); // four pages, each checked with axe three times
      const member = await makeUser({ name: MEMBERS[language] });
      await db.user.update({ where: { id: member.id }, data: { locale: language } });
      await loginAs(page, member);
      const mine = [member.name, member.email];

      await page.goto("/settings/profile");
      await expect(page.getByRole("heading", { level: 1, name: w.profile })).toBeVisible();
      await expect(page).toHaveTitle(`${w.profile} · Kinship`);
      await expect(page.getByLabel(w.name)).toHaveValue(member.name);
      await expect(page.getByLabel(w.languageLabel)).toHaveValue(language);
      await page.getByLabel(w.bio).fill(language === "es" ? "Hago jabón de Castilla." : "أصنع صابون الغار.");
      await page.getByRole("button", { name: w.saveProfile }).click();
      await expect(page.getByText(w.profileSaved)).toBeVisible();
      await looksTranslated(page, language, "profile", mine);

      await page.goto("/settings/account");
      await expect(page.getByRole("heading", { level: 1, name: w.account })).toBeVisible();
      await expect(page.getByLabel(w.newEmail)).toBeVisible();
      await expect(page.getByRole("button", { name: w.signOutEverywhere })).toBeVisible();
      await looksTranslated(page, language, "account", mine);

      await page.goto("/settings/notifications");
      await expect(page.getByRole("heading", { level: 1, name: w.notifications })).toBeVisible();
      await page.getByRole("checkbox", { name: w.digest }).check();
      await page.getByRole("button", { name: w.saveSettings }).click();
      await expect(page.getByText(w.settingsSaved)).toBeVisible();
      // The kinds' own names belong to the notifications' slice: left out here until it moves them.
      const kinds = await page
        .locator("tbody th")
        .evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ""));
      await looksTranslated(page, language, "notification-settings", [...mine, ...kinds]);

      await page.goto("/settings/privacy");
      await expect(page.getByRole("heading", { level: 1, name: w.privacy })).toBeVisible();
      await expect(page.getByRole("button", { name: w.deleteAccount })).toBeVisible();
      await looksTranslated(page, language, "privacy", mine);
    });

    test("links from emails and the error page: invitation, unsubscribe, confirm email, 404", async ({
      page,
      db,
      makeUser,
      loginAs,
    }) => {
      test.slow(); // six pages, each checked with axe three times
      const id = unique();
      const owner = await makeUser({ name: language === "es" ? "Marta Gómez" : "سارة منصور" });
      const member = await makeUser({ name: MEMBERS[language] });
      await db.user.update({ where: { id: member.id }, data: { locale: language } });
      await loginAs(page, member);
      const mine = [member.name, member.email];

      await page.goto(`/no-such-page-${id}`);
      await expect(page.getByRole("heading", { level: 1, name: w.notFound })).toBeVisible();
      await looksTranslated(page, language, "not-found", mine);
      await page.getByRole("main").getByRole("link", { name: w.home }).click();
      await expect(page).toHaveURL(/\/$/);

      await page.goto(`/invite/not-a-real-token-${id}`);
      await expect(page.getByRole("heading", { level: 1, name: w.invalidInvite })).toBeVisible();
      await expect(page.getByRole("link", { name: w.findGroups })).toBeVisible();
      await looksTranslated(page, language, "invite-invalid", mine);

      const groupName = `${language === "es" ? "Taller de jabón" : "ورشة الصابون"} ${id}`;
      const { group, token } = await invitation(db, owner, groupName);
      await page.goto(`/invite/${token}`);
      await expect(page.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
      await looksTranslated(page, language, "invite", [...mine, owner.name, groupName]);
      await page.getByRole("button", { name: w.acceptInvite }).click();
      await expect(page.getByText(w.welcome)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/groups/${group.slug}$`));

      await page.goto("/unsubscribe?token=changed");
      await expect(page.getByRole("heading", { level: 1, name: w.deadUnsubscribe })).toBeVisible();
      await looksTranslated(page, language, "unsubscribe-dead", mine);
      await page.goto(unsubscribeLink(member.id));
      await expect(page.getByRole("heading", { level: 1, name: w.unsubscribe })).toBeVisible();
      // The kind's name belongs to the notifications' slice (as on the settings page).
      const kind = (await page.getByRole("main").locator("p").first().innerText()).split(/[:：]\s*/)[1]?.split(".")[0];
      await looksTranslated(page, language, "unsubscribe", [...mine, kind ?? ""]);
      await page.getByRole("button", { name: w.unsubscribe }).click();
      await expect(page.getByRole("status")).toContainText(w.unsubscribed);
      await expect
        .poll(async () => (await db.notificationPreference.findFirst({ where: { userId: member.id } }))?.email)
        .toBe(false);

      await page.goto("/verify-email?token=not-a-real-token");
      await expect(page.getByRole("heading", { name: w.invalidVerify })).toBeVisible();
      await expect(page.getByRole("main")).toContainText(w.useResend);
      await looksTranslated(page, language, "verify-email-invalid", mine);
    });
  });
}

test.describe("choosing a language on the profile", () => {
  test.use({ locale: "en-US" });

  test("the member picks Arabic from an English profile, and the whole app follows", async ({
    page,
    browser,
    db,
    makeUser,
    loginAs,
  }) => {
    const member = await makeUser({ name: "Omar Saleh" });
    await loginAs(page, member);
    await page.goto("/settings/profile");
    await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
    await expect(page.getByLabel("Language of Kinship")).toHaveValue("en");

    await page.getByLabel("Language of Kinship").selectOption({ label: "العربية" });
    await page.getByRole("button", { name: "Save language" }).click();
    await expect(page.getByText("تم حفظ لغتك.")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "ملفك الشخصي" })).toBeVisible();
    await expect(page.getByLabel("لغة Kinship")).toHaveValue("ar");
    await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: member.id } })).locale).toBe("ar");

    await page.getByRole("navigation", { name: "الإعدادات" }).getByRole("link", { name: "الحساب" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "الحساب" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "المجموعات" })).toBeVisible();

    // The choice is the member's, not this browser's: another device with an English browser shows Arabic too.
    const context = await browser.newContext({ locale: "en-US", extraHTTPHeaders: asClient() });
    const other = await context.newPage();
    await loginAs(other, member);
    await other.goto("/settings/profile");
    await expect(other.getByRole("heading", { level: 1, name: "ملفك الشخصي" })).toBeVisible();

    // And back to Spanish from the Arabic profile.
    await page.goto("/settings/profile");
    await page.getByLabel("لغة Kinship").selectOption({ label: "Español" });
    await page.getByRole("button", { name: "حفظ اللغة" }).click();
    await expect(page.getByText("Tu idioma está guardado.")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1, name: "Tu perfil" })).toBeVisible();
  });
});
