/**
 * Issue 21, the pair space, chat and home: a matched mentee whose language is Spanish, and one whose language is
 * Arabic, goes from home to My mentorships, into the pair space (steps, a check-in), the thread (a message sent, the
 * day separators) and the notifications page. Every page: the words they expect, no catalogue English left outside
 * what people wrote (names, the program's steps, messages, the notification stored in English), axe clean in light,
 * dark and at 390 px, and in Arabic right to left with nothing wider than a phone.
 */
import type { Page } from "@playwright/test";
import { test, expect, checkPage, LONG_JOURNEY } from "./fixtures";
import { expectNoEnglish, expectNoHorizontalOverflow, shell } from "./languages-check";
import { addMember, createGroup } from "../factories/groups";
import { createApplication, createPairing, createProgram } from "../factories/mentorship";

test.describe.configure({ timeout: LONG_JOURNEY }); // five pages, each checked with axe three times

const DAY_MS = 86_400_000;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });

type Words = {
  locale: "es" | "ar";
  mentee: string;
  mentor: string;
  group: string;
  program: string;
  steps: [string, string];
  guidance: string;
  prompt: string;
  earlier: string;
  reflection: string;
  reply: string;
  notification: string;
  /** What the reader should see, page by page. */
  see: {
    welcome: RegExp;
    summary: RegExp;
    mentorships: string;
    card: string;
    awaiting: string;
    stepsHeading: string;
    reflection: string;
    rating: string;
    submit: string;
    checkedIn: RegExp;
    yourCheckIn: string;
    openConversation: string;
    yesterday: string;
    today: string;
    composer: string;
    send: string;
    sent: string;
    notifications: string;
    unread: string;
    /** The admins' progress dashboard (its page around is another area's; its parts are the pair space's). */
    activePairs: string;
    progress: string;
  };
};

const SPANISH: Words = {
  locale: "es",
  mentee: "Lucía Fernández",
  mentor: "Diego Ramírez",
  group: "Círculo del jabón",
  program: "Escuela de jabón",
  steps: ["Conocerse", "Acordar una meta"],
  guidance: "Reúnanse media hora, por video o con un té.",
  prompt: "¿Qué te trajo a hacer jabón?",
  earlier: "¡Hola Lucía! ¿Cuándo te queda bien para hablar?",
  reflection: "Hablamos por video y aprendí por qué la lejía va en el agua.",
  reply: "¡Hola Diego! El jueves por la tarde me queda perfecto.",
  notification: "Diego Ramírez sent you a message",
  see: {
    welcome: /^Hola, Lucía Fernández$/,
    summary: /^Lo que te espera, lo más urgente primero: .*mensaje sin leer/,
    mentorships: "Mis mentorías",
    card: "Tu mentor, Diego Ramírez",
    awaiting: "Te espera",
    stepsHeading: "Sus pasos",
    reflection: "Tu reflexión",
    rating: "4 Bien",
    submit: "Registrar",
    checkedIn: /Registro guardado/,
    yourCheckIn: "Tu registro",
    openConversation: "Abrir la conversación",
    yesterday: "Ayer",
    today: "Hoy",
    composer: "Mensaje para Diego",
    send: "Enviar",
    sent: "Enviado",
    notifications: "Notificaciones",
    unread: "1 sin leer",
    activePairs: "Parejas activas",
    progress: "0 de 2 pasos hechos (0 %)",
  },
};

const ARABIC: Words = {
  locale: "ar",
  mentee: "ليلى حداد",
  mentor: "عمر صالح",
  group: "دائرة الصابون",
  program: "مدرسة الصابون",
  steps: ["التعارف", "الاتفاق على هدف"],
  guidance: "التقيا نصف ساعة، عبر الفيديو أو على فنجان شاي.",
  prompt: "ما الذي جاء بك إلى صناعة الصابون؟",
  earlier: "مرحبًا ليلى! متى يناسبك أن نتحدث؟",
  reflection: "تحدثنا عبر الفيديو وتعلّمت لماذا يُضاف القلوي إلى الماء.",
  reply: "مرحبًا عمر! مساء الخميس يناسبني تمامًا.",
  notification: "عمر صالح sent you a message",
  see: {
    welcome: /^مرحبًا، ليلى حداد$/,
    summary: /^ما ينتظرك، الأكثر إلحاحًا أولًا: /,
    mentorships: "الإرشاد الخاص بي",
    card: "مرشدك، عمر صالح",
    awaiting: "بانتظارك",
    stepsHeading: "خطواتكما",
    reflection: "تأمّلاتك",
    rating: "4 جيد",
    submit: "سجّل المتابعة",
    checkedIn: /تم تسجيل المتابعة/,
    yourCheckIn: "تسجيل متابعتك",
    openConversation: "افتح المحادثة",
    yesterday: "أمس",
    today: "اليوم",
    composer: "رسالة إلى عمر",
    send: "إرسال",
    sent: "أُرسلت",
    notifications: "الإشعارات",
    unread: "إشعار واحد غير مقروء",
    activePairs: "الثنائيات النشطة",
    progress: "أُنجزت 0 من 2 خطوات (0٪)",
  },
};

for (const words of [SPANISH, ARABIC]) {
  test(`a mentee reads home, the pair space, the thread and notifications in ${words.locale}`, async ({
    page,
    db,
    makeUser,
    loginAs,
  }) => {
    const id = unique();
    const { see } = words;
    const admin = await makeUser({ name: words.locale === "es" ? "Amara Okafor" : "أمارا أوكافور" });
    const mentor = await makeUser({ name: words.mentor });
    const mentee = await makeUser({ name: words.mentee, bio: "—", languages: [words.locale] });
    await db.user.update({ where: { id: mentee.id }, data: { locale: words.locale } });
    const group = await createGroup(db, admin, {
      name: `${words.group} ${id}`,
      slug: `pairs-${id}`,
      mentorshipEnabled: true,
    });
    for (const user of [mentor, mentee]) await addMember(db, group, user);
    const program = await createProgram(db, group, admin, {
      name: words.program,
      state: "RUNNING",
      steps: [
        { title: words.steps[0], dueWeek: 1 },
        { title: words.steps[1], dueWeek: 2 },
      ],
    });
    await db.programStep.update({
      where: { id: program.steps[0]!.id },
      data: { guidance: words.guidance, prompts: [words.prompt] },
    });
    const pairing = await createPairing(
      db,
      program,
      { application: await createApplication(db, program, mentor, "MENTOR", { state: "MATCHED" }), user: mentor },
      { application: await createApplication(db, program, mentee, "MENTEE", { state: "MATCHED" }), user: mentee },
      admin,
    );
    // Matched two days ago; the mentor wrote yesterday (a day separator of its own), unread by the mentee.
    const yesterday = new Date(Date.now() - DAY_MS);
    await db.pairing.update({ where: { id: pairing.id }, data: { startedAt: new Date(Date.now() - 2 * DAY_MS) } });
    await db.message.updateMany({
      where: { threadId: pairing.thread!.id },
      data: { createdAt: new Date(Date.now() - 2 * DAY_MS) },
    });
    await db.message.create({
      data: {
        threadId: pairing.thread!.id,
        clientId: `m-${id}`,
        authorId: mentor.id,
        body: words.earlier,
        createdAt: yesterday,
      },
    });
    await db.thread.update({ where: { id: pairing.thread!.id }, data: { lastMessageAt: yesterday } });
    await db.notification.create({
      data: {
        userId: mentee.id,
        kind: "message.received",
        title: words.notification,
        url: `/pairings/${pairing.id}/thread`,
      },
    });
    // People's words, not the catalogue's: they stay as written.
    const content = [
      words.mentee,
      words.mentor,
      words.group,
      words.program,
      ...words.steps,
      words.guidance,
      words.prompt,
      words.earlier,
      words.reflection,
      words.reply,
      words.notification,
      "You both love soap. Say hello!",
    ];
    const checked = async (name: string) => {
      await expect(page.locator("html")).toHaveAttribute("lang", words.locale);
      await expect(page.locator("html")).toHaveAttribute("dir", words.locale === "ar" ? "rtl" : "ltr");
      await expectNoEnglish(shell(page), content);
      if (words.locale === "ar") await expectNoHorizontalOverflow(page);
      await checkPage(page, `languages-pairs-${words.locale}-${name}`);
    };

    // 1. Home: the welcome, and what needs them (a check-in, an unread message) in their language.
    await loginAs(page, mentee);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(see.welcome);
    await expect(page.getByTestId("todo-summary")).toHaveText(see.summary);
    await expect(page.getByTestId("todo-message")).toContainText(words.mentor.split(" ")[0]!);
    await checked("home");

    // 2. The notifications page (before the thread marks the message's notification read): its chrome translated
    // around the notification, which is stored in English.
    await page.goto("/notifications");
    await expect(page.getByRole("heading", { level: 1, name: see.notifications })).toBeVisible();
    await expect(page.getByText(see.unread, { exact: true })).toBeVisible();
    await expect(page.getByText(words.notification)).toBeVisible();
    await checked("notifications");

    // 3. My mentorships.
    await page.goto("/mentorships");
    await expect(page.getByRole("heading", { level: 1, name: see.mentorships })).toBeVisible();
    await expect(page.getByText(see.awaiting, { exact: true })).toBeVisible();
    await checked("mentorships");

    // 4. The pair space: the steps, and a check-in on the current one.
    await page.getByRole("link", { name: see.card }).click();
    await expect(page.getByRole("heading", { level: 1, name: see.card })).toBeVisible();
    await expect(page.getByRole("heading", { name: see.stepsHeading })).toBeVisible();
    const step = page.getByRole("listitem", { name: words.steps[0], exact: true });
    await expect(step.getByLabel(see.reflection)).toBeVisible();
    await checked("pair-space");
    await step.getByLabel(see.reflection).fill(words.reflection);
    await step.getByRole("radio", { name: see.rating, exact: true }).check();
    await step.getByRole("button", { name: see.submit, exact: true }).click();
    await expect(toast(page, see.checkedIn)).toBeVisible();
    await expect(step.getByRole("heading", { name: see.yourCheckIn })).toBeVisible();
    await expect(step.getByText(words.reflection)).toBeVisible();
    await expectNoEnglish(shell(page), content);

    // 5. The thread: yesterday's message under its day, a reply sent today under "today".
    await page.getByRole("link", { name: see.openConversation }).click();
    const log = page.getByRole("log");
    await expect(log.getByRole("heading", { name: see.yesterday, exact: true })).toBeVisible();
    await expect(log.getByText(words.earlier)).toBeVisible();
    await page.getByLabel(see.composer).fill(words.reply);
    await page.getByRole("button", { name: see.send, exact: true }).click();
    await expect(log.getByTestId("message").filter({ hasText: words.reply })).toBeVisible();
    await expect(log.getByRole("heading", { name: see.today, exact: true })).toBeVisible();
    await expect(log.getByTestId("receipt")).toHaveText(see.sent);
    await checked("thread");

    // 6. The group's admin, in the same language, follows the pair on the program's dashboard.
    await db.user.update({ where: { id: admin.id }, data: { locale: words.locale } });
    await loginAs(page, admin);
    await page.goto(`/groups/${group.slug}/mentorship/${program.id}/progress`);
    await expect(page.getByText(see.activePairs, { exact: true })).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: words.mentee });
    await expect(row.getByText(see.progress)).toBeVisible();
    await expectNoEnglish(page.getByRole("table").filter({ hasText: words.mentee }), content);
    await checkPage(page, `languages-pairs-${words.locale}-dashboard`);
  });
}
