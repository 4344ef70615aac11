import type { Locator, Page } from "@playwright/test";
import { test, expect, checkPage, LONG_JOURNEY } from "./fixtures";
import { expectNoEnglish, expectNoHorizontalOverflow } from "./languages-check";
import { addMember, createGroup } from "../factories/groups";
import type { PrismaClient } from "../../lib/db/generated/client";
import type { createUser } from "../factories/users";

// Issue 21, the programs area: the mentorship tab, a program's page, the editor, the review queue and one
// application's decision for an admin; the application form and "my application" for a member; in Spanish and in
// Arabic (right to left), set on each member's profile. The group's own words are written in the group's
// language, as a Spanish- or Arabic-speaking group would.
test.describe.configure({ timeout: LONG_JOURNEY }); // many pages, each checked with axe three times

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
type MakeUser = () => ReturnType<typeof createUser>;

/** What the group wrote (user content) and what the page must say (the catalogue), per language. */
const LANGUAGES = {
  es: {
    dir: "ltr",
    content: {
      group: "Círculo de jabón",
      program: "Compañeros de la primera tanda",
      description: "¿Eres nuevo en el jabón? Te emparejamos con alguien que ha hecho cientos de tandas.",
      audience: "Quienes llegaron hace poco, y quienes tienen experiencia.",
      topics: ["Proceso en frío", "Fragancias"],
      steps: ["Conocerse", "Seguridad con la lejía"],
      goal: "¿En qué te gustaría recibir ayuda?",
      availability: "¿Cuándo y con qué frecuencia puedes reunirte?",
      mentorQuestion: "¿Cuánto tiempo llevas haciendo jabón?",
      answer: "Quiero aprender a mezclar fragancias que no se desvanezcan en una semana.",
      mine: "Mis barras se agrietan al desmoldarlas y no sé por qué.",
    },
    says: {
      tab: "Mentoría",
      open: "Abiertos y en curso",
      review: "Revisar 1 solicitud",
      readMore: "Más información",
      steps: "Los pasos guiados",
      manage: "Gestionas este programa.",
      editProgram: "Editar programa",
      status: "Estado: Abierto a solicitudes",
      stepsTab: "Pasos",
      guidedSteps: "Pasos guiados",
      menteeQuestions: "Preguntas para aprendices",
      reviewApplications: "Revisar solicitudes",
      queue: "Solicitudes",
      decision: "Decisión",
      approve: "Aprobar",
      approveTitle: "¿Aprobar a Inés Moreno?",
      approved: "Se aprobó 1 solicitud. Ya les avisamos.",
      applyAsMentee: "Postularme como aprendiz",
      weekly: "Cada semana",
      submit: "Enviar solicitud",
      submitted: "Tu solicitud está enviada. Los administradores la revisarán y te avisaremos cuando decidan.",
      mineHeading: "Tu solicitud como aprendiz",
      pending: "Pendiente de revisión",
    },
    people: { owner: "Olga Ortega", applicant: "Inés Moreno", member: "Mateo Ruiz" },
  },
  ar: {
    dir: "rtl",
    content: {
      group: "حلقة صناعة الصابون",
      program: "رفاق الدفعة الأولى",
      description: "جديد في صناعة الصابون؟ سنجمعك بشخص صنع مئات الدفعات.",
      audience: "الأعضاء الجدد، وأصحاب الخبرة الذين يرحّبون بهم.",
      topics: ["الطريقة الباردة", "العطور"],
      steps: ["التعارف", "السلامة مع الصودا الكاوية"],
      goal: "في أي شيء تودّ أن تحصل على المساعدة؟",
      availability: "متى وكم مرة يمكنك اللقاء؟",
      mentorQuestion: "منذ متى تصنع الصابون؟",
      answer: "أريد أن أتعلّم مزج العطور بحيث لا تتلاشى خلال أسبوع.",
      mine: "تتشقق قطع الصابون عندما أخرجها من القالب ولا أعرف السبب.",
    },
    says: {
      tab: "الإرشاد",
      open: "المفتوحة والجارية",
      review: "مراجعة طلب واحد",
      readMore: "اقرأ المزيد",
      steps: "الخطوات الإرشادية",
      manage: "أنت تدير هذا البرنامج.",
      editProgram: "تعديل البرنامج",
      status: "الحالة: مفتوح للطلبات",
      stepsTab: "الخطوات",
      guidedSteps: "الخطوات الإرشادية",
      menteeQuestions: "أسئلة المسترشدين",
      reviewApplications: "مراجعة الطلبات",
      queue: "الطلبات",
      decision: "القرار",
      approve: "قبول",
      approveTitle: "قبول إيناس منصور؟",
      approved: "تم قبول طلب واحد. لقد أبلغناهم.",
      applyAsMentee: "تقدّم كمسترشد",
      weekly: "كل أسبوع",
      submit: "إرسال الطلب",
      submitted: "وصل طلبك. سيراجعه المشرفون، وسنُعلمك عندما يقرّرون.",
      mineHeading: "طلبك كمسترشد",
      pending: "بانتظار المراجعة",
    },
    people: { owner: "علياء عمر", applicant: "إيناس منصور", member: "مازن رشيد" },
  },
} as const;

type Language = keyof typeof LANGUAGES;

/** A group with mentorship on, an OPEN program written in the group's language, and one pending application. */
async function seed(db: PrismaClient, makeUser: MakeUser, locale: Language) {
  const { content: c, people } = LANGUAGES[locale];
  const [owner, applicant, member] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  for (const [user, name] of [
    [owner, people.owner],
    [applicant, people.applicant],
    [member, people.member],
  ] as const)
    await db.user.update({ where: { id: user.id }, data: { name, locale } });
  const id = unique();
  const group = await createGroup(db, owner, { name: c.group, slug: `jabon-${id}`, mentorshipEnabled: true });
  for (const u of [applicant, member]) await addMember(db, group, u);
  const program = await db.program.create({
    data: {
      groupId: group.id,
      name: c.program,
      description: c.description,
      audience: c.audience,
      template: "LEARN_THE_ROPES",
      state: "OPEN",
      openedAt: new Date(),
      lengthWeeks: 4,
      defaultMentorCapacity: 2,
      topics: [...c.topics],
      createdById: owner.id,
      steps: {
        create: c.steps.map((title, position) => ({
          position,
          dueWeek: position + 1,
          title,
          guidance: title,
          prompts: [title],
          isGoalStep: position === 1,
        })),
      },
    },
  });
  const question = (role: "MENTOR" | "MENTEE", position: number, data: Record<string, unknown>) =>
    db.applicationQuestion.create({ data: { programId: program.id, role, position, ...data } as never });
  const goal = await question("MENTEE", 0, { kind: "LONG_TEXT", label: c.goal, required: true, minLength: 20 });
  await question("MENTEE", 1, { kind: "TOPICS", label: c.topics.join(" / "), required: false, maxChoices: 3 });
  const availability = await question("MENTEE", 2, { kind: "AVAILABILITY", label: c.availability, required: true });
  await question("MENTOR", 0, { kind: "LONG_TEXT", label: c.mentorQuestion, required: true, minLength: 20 });
  await db.application.create({
    data: {
      programId: program.id,
      userId: applicant.id,
      role: "MENTEE",
      state: "PENDING",
      topics: [c.topics[1]],
      submittedAt: new Date(),
      answers: { [goal.id]: c.answer, [availability.id]: { timeZone: "America/Mexico_City", cadence: "WEEKLY" } },
    } as never,
  });
  const base = `/groups/${group.slug}/mentorship`;
  return { owner, member, base, programHref: `${base}/${program.id}` };
}

/** What a page shows of the programs area: the shell and the page's own part below the group's header. */
const area = (page: Page): Locator[] => [
  page.getByRole("banner"),
  page.locator("main header + *").first(),
  page.getByRole("contentinfo"),
];

async function looksTranslated(page: Page, locale: Language, name: string, except: string[] = []) {
  const { people } = LANGUAGES[locale];
  // The template's name comes from lib/programs/templates.ts, translated with the templates (another slice).
  await expectNoEnglish(area(page), [...Object.values(people), "Learn the ropes", ...except]);
  if (LANGUAGES[locale].dir === "rtl") await expectNoHorizontalOverflow(page);
  await checkPage(page, `languages-programs-${locale}-${name}`);
}

for (const locale of ["es", "ar"] as const) {
  const { says, content, people, dir } = LANGUAGES[locale];

  test.describe(`programs in ${locale === "es" ? "Spanish" : "Arabic"}`, () => {
    test("an admin: the tab, the program, the editor, the queue and a decision", async ({
      page,
      db,
      makeUser,
      loginAs,
    }) => {
      const world = await seed(db, makeUser, locale);
      await loginAs(page, world.owner);

      await page.goto(world.base);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { name: says.tab, level: 2 })).toBeVisible();
      await expect(page.getByRole("heading", { name: says.open })).toBeVisible();
      const card = page.getByRole("article", { name: content.program });
      await expect(card.getByRole("link", { name: `${says.review}: ${content.program}` })).toBeVisible();
      await looksTranslated(page, locale, "tab");

      await card.getByRole("link", { name: new RegExp(`^${says.readMore}`) }).click();
      await expect(page.getByRole("heading", { name: says.steps })).toBeVisible();
      await expect(page.getByText(says.manage)).toBeVisible();
      await looksTranslated(page, locale, "program");

      await page.getByRole("link", { name: says.editProgram }).click();
      await expect(page.getByRole("heading", { name: says.status })).toBeVisible();
      await looksTranslated(page, locale, "editor");
      await page.getByRole("tab", { name: new RegExp(`^${says.stepsTab}`) }).click();
      await expect(page.getByRole("heading", { name: says.guidedSteps })).toBeVisible();
      await page.getByRole("tab", { name: new RegExp(`^${says.menteeQuestions}`) }).click();
      await expect(page.getByRole("heading", { name: says.menteeQuestions, level: 3 })).toBeVisible();
      await expect(page.getByRole("heading", { name: content.goal })).toBeVisible();
      await expectNoEnglish(area(page), [...Object.values(people), ...content.topics]);

      await page.goto(world.programHref);
      await page.getByRole("link", { name: new RegExp(`^${says.reviewApplications}`) }).click();
      await expect(page.getByRole("heading", { name: says.queue, level: 2 })).toBeVisible();
      await looksTranslated(page, locale, "queue");

      await page.getByRole("link", { name: people.applicant }).click();
      await expect(page.getByRole("heading", { name: says.decision })).toBeVisible();
      await expect(page.getByText(content.answer)).toBeVisible();
      await expect(page.getByText(says.weekly)).toBeVisible();
      await looksTranslated(page, locale, "application");

      await page.getByRole("button", { name: new RegExp(`^${says.approve}`) }).click();
      const dialog = page.getByRole("dialog", { name: says.approveTitle });
      await expect(dialog).toBeVisible();
      await expectNoEnglish(dialog, [people.applicant]);
      await dialog.getByRole("button", { name: says.approve, exact: true }).click();
      await expect(page.getByText(says.approved).first()).toBeVisible();
    });

    test("a member: the application form and their application", async ({ page, db, makeUser, loginAs }) => {
      const world = await seed(db, makeUser, locale);
      await loginAs(page, world.member);

      await page.goto(world.programHref);
      await page.getByRole("link", { name: says.applyAsMentee }).click();
      await expect(page.getByRole("heading", { name: says.applyAsMentee })).toBeVisible();
      await looksTranslated(page, locale, "apply");

      await page.getByLabel(content.goal).fill(content.mine);
      await page.getByRole("radio", { name: says.weekly, exact: true }).check();
      await page.getByRole("button", { name: says.submit }).click();

      await expect(page.getByText(says.submitted).first()).toBeVisible();
      const mine = page.getByRole("region", { name: says.mineHeading });
      await expect(mine).toBeVisible();
      await expect(mine.getByText(says.pending)).toBeVisible();
      await looksTranslated(page, locale, "my-application");
    });
  });
}
