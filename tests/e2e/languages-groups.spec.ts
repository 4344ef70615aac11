import type { Page } from "@playwright/test";
import { test, expect, checkPage, asClient } from "./fixtures";
import { expectNoEnglish, expectNoHorizontalOverflow, shell } from "./languages-check";
import { addMember, createGroup } from "../factories/groups";
import { createComment, createPost, react } from "../factories/feed";
import type { PrismaClient } from "../../lib/db/generated/client";
import type { createUser } from "../factories/users";

// Issue 21, the groups slice: the directory, a group's discussion, members, requests, reports and settings, seen by
// the group's owner in Spanish and in Arabic. The people's names and what they wrote are in the same language, so
// any English left on these pages is ours.
test.use({ extraHTTPHeaders: asClient() });
test.describe.configure({ timeout: 300_000 }); // seven pages, each checked with axe three times

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
type MakeUser = (overrides?: { name?: string; bio?: string }) => ReturnType<typeof createUser>;

type Words = {
  locale: "es" | "ar";
  people: { owner: string; member: string; newcomer: string; requester: string; banned: string };
  group: { name: string; description: string; rule: string; question: string; answer: string };
  posts: { welcome: string; question: string; reply: string; pending: string; spam: string; comment: string };
};

const SPANISH: Words = {
  locale: "es",
  people: {
    owner: "Lucía Fernández",
    member: "Mateo Rojas",
    newcomer: "Valentina Cruz",
    requester: "Camila Ortega",
    banned: "Bruno Vendedor",
  },
  group: {
    name: "Círculo de jabón artesanal",
    description: "Compartimos recetas, lotes fallidos y consejos de seguridad con la lejía.",
    rule: "Sé amable con quien empieza",
    question: "¿Qué te trae a la jabonería?",
    answer: "Mi abuela hacía jabón y quiero aprender bien.",
  },
  posts: {
    welcome: "¡Bienvenidas y bienvenidos! Lean las reglas y preséntense abajo.",
    question: "¿Un 5 % de sobreengrase es demasiado para empezar? Mi último lote quedó grasoso.",
    reply: "Un 5 % está bien para empezar. Déjalo curar más tiempo.",
    pending: "Hola a todos, este es mi primer intento de remolino.",
    spam: "Compra mis moldes con descuento, ¡escríbeme!",
    comment: "Gracias, lo dejaré curar cuatro semanas más.",
  },
};

const ARABIC: Words = {
  locale: "ar",
  people: {
    owner: "ليلى حداد",
    member: "يوسف العلي",
    newcomer: "سارة منصور",
    requester: "نور الخطيب",
    banned: "بائع متجول",
  },
  group: {
    name: "دائرة الصابون اليدوي",
    description: "نتشارك الوصفات والمحاولات الفاشلة ونصائح السلامة مع الصودا الكاوية.",
    rule: "كن لطيفًا مع المبتدئين",
    question: "ما الذي جاء بك إلى صناعة الصابون؟",
    answer: "كانت جدتي تصنع الصابون وأريد أن أتعلمه جيدًا.",
  },
  posts: {
    welcome: "أهلًا بكم جميعًا! اقرؤوا القواعد ثم عرّفوا بأنفسكم في الأسفل.",
    question: "هل نسبة ٥٪ من الدهون الزائدة كثيرة للمبتدئين؟ خرجت آخر دفعة دهنية.",
    reply: "نسبة ٥٪ بداية جيدة. اتركه يجف مدة أطول.",
    pending: "مرحبًا بالجميع، هذه أول محاولة لي لصنع الدوامات.",
    spam: "اشترِ قوالبي بخصم، راسلني!",
    comment: "شكرًا، سأتركه أربعة أسابيع أخرى.",
  },
};

/** A private group run by `owner` (in the given language): posts, a comment, a pending post, a request, a report. */
async function seed(db: PrismaClient, makeUser: MakeUser, w: Words) {
  const id = unique();
  const owner = await makeUser({ name: w.people.owner });
  await db.user.update({ where: { id: owner.id }, data: { locale: w.locale } });
  const member = await makeUser({ name: w.people.member });
  const newcomer = await makeUser({ name: w.people.newcomer });
  const requester = await makeUser({ name: w.people.requester });
  const banned = await makeUser({ name: w.people.banned });
  const group = await createGroup(db, owner, {
    name: w.group.name,
    slug: `languages-groups-${w.locale}-${id}`,
    privacy: "PRIVATE",
    description: w.group.description,
  });
  await db.group.update({ where: { id: group.id }, data: { postApprovalRequired: true } });
  await db.groupRule.create({ data: { groupId: group.id, position: 0, title: w.group.rule, body: "" } });
  const question = await db.membershipQuestion.create({
    data: { groupId: group.id, position: 0, prompt: w.group.question, required: true },
  });
  await addMember(db, group, member, { role: "MODERATOR" });
  await addMember(db, group, newcomer);
  await addMember(db, group, banned, { status: "BANNED" });
  const request = await addMember(db, group, requester, { status: "PENDING" });
  await db.membership.update({
    where: { id: request.id },
    data: {
      answers: [{ questionId: question.id, prompt: question.prompt, answer: w.group.answer }],
      rulesAcceptedAt: new Date(),
    },
  });
  const hour = 3_600_000;
  await createPost(db, group, owner, {
    body: w.posts.welcome,
    pinned: true,
    createdAt: new Date(Date.now() - 48 * hour),
  });
  const asked = await createPost(db, group, member, {
    body: w.posts.question,
    createdAt: new Date(Date.now() - 5 * hour),
  });
  await createComment(db, asked, owner, { body: w.posts.reply });
  await react(db, owner, { postId: asked.id }, "LOVE");
  await react(db, newcomer, { postId: asked.id }, "LIKE");
  const spam = await createPost(db, group, newcomer, { body: w.posts.spam, createdAt: new Date(Date.now() - hour) });
  await createPost(db, group, newcomer, { body: w.posts.pending, status: "PENDING_APPROVAL" });
  await db.report.create({ data: { groupId: group.id, reporterId: member.id, postId: spam.id, reason: "SPAM" } });
  await db.invitation.create({
    data: {
      groupId: group.id,
      invitedById: owner.id,
      tokenHash: `languages-${id}`,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
      maxUses: 10,
    },
  });
  await db.auditEvent.create({
    data: {
      groupId: group.id,
      actorId: owner.id,
      action: "membership.mute",
      targetType: "membership",
      targetId: newcomer.id,
      data: { userId: newcomer.id, name: newcomer.name, duration: "1d" },
    },
  });
  return { owner, group };
}

/** What every translated page is held to: no catalogue English, nothing wider than a phone in Arabic, axe clean. */
async function holds(page: Page, w: Words, name: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", w.locale);
  await expect(page.locator("html")).toHaveAttribute("dir", w.locale === "ar" ? "rtl" : "ltr");
  await expectNoEnglish(shell(page));
  await expectNoHorizontalOverflow(page);
  await checkPage(page, `languages-groups-${w.locale}-${name}`);
}

for (const [w, t] of [
  [
    SPANISH,
    {
      directory: "Grupos",
      yourGroups: "Tus grupos",
      owner: "Propietario",
      discover: "Descubre",
      sections: "Secciones del grupo",
      tab: "Conversación",
      post: "Publicar",
      comments: "1 comentario",
      fiveHoursAgo: /^hace 5 h$/,
      love: "Me encanta",
      pending: "1 publicación espera aprobación",
      write: "Escribe un comentario",
      comment: "Comentar",
      commented: "Comentario publicado.",
      members: "Miembros",
      manage: `Gestionar a ${SPANISH.people.newcomer}`,
      changeRole: "Cambiar rol…",
      roleDialog: `Cambiar el rol de ${SPANISH.people.newcomer}`,
      invite: "Invitar a personas",
      requests: "Solicitudes para unirse",
      approve: `Aprobar a ${SPANISH.people.requester}`,
      reports: "Denuncias",
      spam: "Spam o ventas",
      settings: "Configuración del grupo",
      danger: "Zona de peligro",
      save: "Guardar configuración",
      activity: "Actividad",
      muted: `${SPANISH.people.owner} silenció a ${SPANISH.people.newcomer} durante 1 día`,
    },
  ],
  [
    ARABIC,
    {
      directory: "المجموعات",
      yourGroups: "مجموعاتك",
      owner: "المالك",
      discover: "اكتشف",
      sections: "أقسام المجموعة",
      tab: "النقاش",
      post: "نشر",
      comments: "تعليق واحد",
      fiveHoursAgo: /^قبل [5٥] ساعات$/,
      love: "أحببته",
      pending: "منشور واحد بانتظار الموافقة",
      write: "اكتب تعليقًا",
      comment: "تعليق",
      commented: "نُشر التعليق.",
      members: "الأعضاء",
      manage: `إدارة ${ARABIC.people.newcomer}`,
      changeRole: "تغيير الدور…",
      roleDialog: `تغيير دور ${ARABIC.people.newcomer}`,
      invite: "دعوة أشخاص",
      requests: "طلبات الانضمام",
      approve: `قبول ${ARABIC.people.requester}`,
      reports: "البلاغات",
      spam: "رسائل مزعجة أو بيع",
      settings: "إعدادات المجموعة",
      danger: "منطقة الخطر",
      save: "حفظ الإعدادات",
      activity: "النشاط",
      muted: `${ARABIC.people.owner} كتم ${ARABIC.people.newcomer} لمدة يوم واحد`,
    },
  ],
] as const) {
  test(`a group's owner runs it in ${w.locale === "es" ? "Spanish" : "Arabic"}`, async ({
    page,
    db,
    makeUser,
    loginAs,
  }) => {
    const { owner, group } = await seed(db, makeUser, w);
    await loginAs(page, owner);
    const base = `/groups/${group.slug}`;
    const main = page.getByRole("main");

    // The directory: their groups, with their role, and the directory to discover more.
    await page.goto("/groups");
    await expect(page.getByRole("heading", { level: 1, name: t.directory })).toBeVisible();
    const mine = page.getByRole("region", { name: t.yourGroups });
    await expect(mine.getByRole("link", { name: new RegExp(w.group.name) })).toContainText(t.owner);
    await expect(page.getByRole("heading", { name: t.discover })).toBeVisible();
    await holds(page, w, "directory");

    // The discussion: the composer, the posts waiting for approval, a post with its comment, and a new comment.
    await mine.getByRole("link", { name: new RegExp(w.group.name) }).click();
    const sections = page.getByRole("navigation", { name: t.sections });
    await expect(sections.getByRole("link", { name: t.tab })).toHaveAttribute("aria-current", "page");
    await expect(main.getByRole("button", { name: t.post, exact: true })).toBeVisible();
    await expect(main.getByRole("heading", { name: t.pending })).toBeVisible();
    const asked = main.getByRole("article").filter({ hasText: w.posts.question });
    await expect(asked).toContainText(t.comments);
    await expect(asked).toContainText(w.posts.reply);
    // Times in the reader's language (Intl.RelativeTimeFormat), and the reactions' names.
    await expect(asked.locator("time").first()).toHaveText(t.fiveHoursAgo);
    await expect(asked.getByRole("button", { name: t.love })).toHaveAttribute("aria-pressed", "true");
    await holds(page, w, "feed");
    await asked.getByRole("textbox", { name: t.write }).fill(w.posts.comment);
    await asked.getByRole("button", { name: t.comment, exact: true }).click();
    await expect(page.getByText(t.commented)).toBeVisible();
    await expect(asked).toContainText(w.posts.comment);

    // Members, as the owner: the list, the admin tools and the invitation card.
    await sections.getByRole("link", { name: t.members }).click();
    await expect(page.getByRole("heading", { name: t.invite })).toBeVisible();
    await holds(page, w, "members");
    await main.getByRole("button", { name: t.manage }).click();
    await page.getByRole("menuitem", { name: t.changeRole }).click();
    const dialog = page.getByRole("dialog", { name: t.roleDialog });
    await expect(dialog).toBeVisible();
    await expectNoEnglish(dialog);
    await page.keyboard.press("Escape");

    // Join requests and reports.
    await page.goto(`${base}/requests`);
    await expect(main.getByRole("heading", { name: t.requests })).toBeVisible();
    await expect(main.getByRole("button", { name: t.approve })).toBeVisible();
    await holds(page, w, "requests");
    await page.goto(`${base}/reports`);
    await expect(main.getByRole("heading", { name: t.reports, exact: true })).toBeVisible();
    await expect(main.getByRole("heading", { name: new RegExp(t.spam) })).toBeVisible();
    await holds(page, w, "reports");

    // Settings: the group form, mentorship, transfer and the danger zone.
    await page.goto(`${base}/settings`);
    await expect(main.getByText(t.settings, { exact: true })).toBeVisible();
    await expect(main.getByText(t.danger, { exact: true })).toBeVisible();
    await expect(main.getByRole("button", { name: t.save })).toBeVisible();
    await holds(page, w, "settings");

    // The activity log, its sentences in the reader's language.
    await sections.getByRole("link", { name: t.activity }).click();
    await expect(main.getByText(t.muted)).toBeVisible();
    await holds(page, w, "activity");
  });
}
