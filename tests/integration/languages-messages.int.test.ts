/**
 * Emails and notifications in their reader's language (issue 21): an email goes out in its recipient's
 * `User.locale`, whoever caused it; a notification is stored as a message key and read in each reader's language;
 * rows written before keys existed still show their stored text. Program templates start in the admin's language.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { getPreferences } from "@/lib/notifications/preferences";
import { notificationStreamRenderer } from "@/lib/notifications/stream-events";
import { inviteUser } from "@/lib/groups/members/invite-user";
import { signUp } from "@/lib/accounts/sign-up";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { buildDigests } from "@/lib/jobs/digest";
import { createProgram } from "@/lib/programs/create-program";
import { TEMPLATES } from "@/lib/programs/templates";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";

const actor = (u: { id: string; name: string; email: string; timeZone: string; locale?: string | null }) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  timeZone: u.timeZone,
  locale: u.locale ?? null,
});

async function member(name: string, locale: string | null) {
  const u = await createUser(db, { name });
  return db.user.update({ where: { id: u.id }, data: { locale } });
}

let ips = 0;
const ip = () => `198.51.100.${(ips += 1)}`;

const invite = (recipients: string[], dedupeKey = `k:${Math.random()}`) =>
  db.$transaction((tx) =>
    notify(tx, {
      recipients,
      kind: "group.invited",
      message: { key: "invited", values: { name: "Amara", group: "Soap Makers" } },
      url: "/groups/soap",
      dedupeKey,
    }),
  );

describe("emails in the recipient's language", () => {
  it("writes a notification email, subject and footer in Spanish for a Spanish member, in Arabic for an Arabic one", async () => {
    const [ana, omar, eve] = [await member("Ana", "es"), await member("Omar", "ar"), await member("Eve", null)];
    await invite([ana.id, omar.id, eve.id]);
    const mail = async (userId: string) => db.email.findFirstOrThrow({ where: { userId } });

    const es = await mail(ana.id);
    expect(es.subject).toBe("Amara te invitó a unirte a Soap Makers");
    expect(es.text).toContain("Hola, Ana:");
    expect(es.text).toContain("Ver la invitación: http://localhost:3000/groups/soap");
    expect(es.text).toMatch(/¿No quieres recibir estos correos\? http:\/\/localhost:3000\/unsubscribe\?token=/);
    expect(es.html).toContain('<html lang="es" dir="ltr">');
    expect(es.html).toContain("Cancela la suscripción a este tipo</a>");
    expect(es.text).not.toContain("Hi Ana");

    const ar = await mail(omar.id);
    expect(ar.subject).toBe("دعاك Amara إلى الانضمام إلى Soap Makers");
    expect(ar.text).toContain("مرحبًا Omar،");
    expect(ar.text).toContain("عرض الدعوة");
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar.html).toContain("ألغِ الاشتراك في هذا النوع");

    // No language chosen: English, exactly as before.
    const en = await mail(eve.id);
    expect(en.subject).toBe("Amara invited you to join Soap Makers");
    expect(en.text).toContain("Hi Eve,");
    expect(en.text).toContain("See the invitation: http://localhost:3000/groups/soap");
  });

  it("an invitation sent by a Spanish admin reaches an Arabic member in Arabic", async () => {
    const admin = await member("Sofía", "es");
    const invitee = await member("Layla", "ar");
    const group = await createGroup(db, admin, { name: "Círculo de jabón" });
    await inviteUser(actor(admin), group.slug, { email: invitee.email });
    const email = await db.email.findFirstOrThrow({ where: { userId: invitee.id } });
    expect(email.subject).toBe("دعاك Sofía إلى الانضمام إلى Círculo de jabón");
    expect(email.text).toContain("افتح المجموعة لقبول الدعوة.");
  });

  it("a sign-up from a Spanish page to an Arabic member's address warns them in Arabic; a new address is verified in Spanish", async () => {
    const owner = await member("Karim", "ar");
    await signUp({ name: "Someone", email: owner.email, password: "a long password" }, { ip: ip(), locale: "es" });
    const warning = await db.email.findFirstOrThrow({ where: { userId: owner.id, kind: "account.sign-up-attempt" } });
    expect(warning.subject).toBe("حاول أحدهم التسجيل بعنوانك");

    await signUp(
      { name: "Lucía", email: "lucia@example.test", password: "a long password" },
      { ip: ip(), locale: "es" },
    );
    const verify = await db.email.findFirstOrThrow({ where: { to: "lucia@example.test" } });
    expect(verify.subject).toBe("Confirma tu correo para Kinship");
    expect(verify.text).toContain("Hola, Lucía:");
    expect(verify.text).toContain("Confirmar mi correo: http://localhost:3000/verify-email?token=");
  });

  it("a password reset asked from anywhere goes out in the account's own language", async () => {
    const u = await member("Amal", "ar");
    await requestPasswordReset({ email: u.email }, { ip: ip() });
    const email = await db.email.findFirstOrThrow({ where: { userId: u.id, kind: "account.password_reset" } });
    expect(email.subject).toBe("اختر كلمة مرور جديدة لـ Kinship");
    expect(email.text).toContain("يعمل الرابط أدناه مرة واحدة");
  });

  it("the daily digest is in the reader's language, its items too", async () => {
    const reader = await member("Rosa", "es");
    await db.user.update({ where: { id: reader.id }, data: { emailDigest: true } });
    await invite([reader.id]);
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
    yesterday.setUTCHours(9, 0, 0, 0);
    await db.notification.updateMany({ where: { userId: reader.id }, data: { createdAt: yesterday } });
    expect(await buildDigests()).toBe(1);
    const digest = await db.email.findFirstOrThrow({ where: { kind: "digest", userId: reader.id } });
    expect(digest.subject).toBe("Tu resumen de Kinship: 1 novedad");
    expect(digest.text).toContain("• Amara te invitó a unirte a Soap Makers");
  });
});

describe("notifications in the reader's language", () => {
  it("the same notification reads in Arabic for an Arabic reader and in English for an English one", async () => {
    const [omar, eve] = [await member("Omar", "ar"), await member("Eve", "en")];
    await invite([omar.id, eve.id]);
    const [ar] = (await findNotifications(actor(omar), {})).notifications;
    const [en] = (await findNotifications(actor(eve), {})).notifications;
    expect(ar).toMatchObject({ title: "دعاك Amara إلى الانضمام إلى Soap Makers", body: "افتح المجموعة لقبول الدعوة." });
    expect(en).toMatchObject({
      title: "Amara invited you to join Soap Makers",
      body: "Open the group to accept the invitation.",
    });
    // The page's language wins over the stored setting when the page passes it (a visitor's switcher, the browser).
    const [es] = (await findNotifications(actor(eve), {}, "es")).notifications;
    expect(es!.title).toBe("Amara te invitó a unirte a Soap Makers");
  });

  it("the live stream writes a new notification in the tab's language", async () => {
    const omar = await member("Omar", null);
    await invite([omar.id]);
    const row = await db.realtimeEvent.findFirstOrThrow({ where: { userId: omar.id, type: "notification" } });
    const events = await notificationStreamRenderer.render(omar.id, [row], { locale: "ar" });
    expect(events.get(row.seq)?.data).toMatchObject({
      notification: { title: "دعاك Amara إلى الانضمام إلى Soap Makers" },
    });
  });

  it("a row written before message keys shows its stored text, in every language", async () => {
    const omar = await member("Omar", "ar");
    await db.notification.create({
      data: {
        userId: omar.id,
        kind: "group.invited",
        title: "Amara invited you to join Soap Makers",
        body: "Open the group to accept the invitation.",
        url: "/groups/soap",
        data: { dedupeKey: "old" },
      },
    });
    // And one whose key no longer exists in the catalogue.
    await db.notification.create({
      data: {
        userId: omar.id,
        kind: "group.invited",
        title: "Stored title",
        body: "",
        url: "/",
        data: { message: { key: "removedLongAgo", values: {} } },
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    const { notifications } = await findNotifications(actor(omar), {});
    expect(notifications.map((n) => n.title)).toEqual(["Amara invited you to join Soap Makers", "Stored title"]);
    expect(notifications[0]!.body).toBe("Open the group to accept the invitation.");
  });

  it("the preference labels are messages, labelled in the reader's language", async () => {
    const omar = await member("Omar", "ar");
    const { kinds } = await getPreferences(actor(omar));
    const invited = kinds.find((k) => k.kind === "group.invited")!;
    expect(invited).toMatchObject({ label: "تُدعى إلى مجموعة", labelKey: "notify.kinds.group.invited.label" });
    expect((await getPreferences(actor(omar), "en")).kinds.find((k) => k.kind === "group.invited")!.label).toBe(
      "You're invited to a group",
    );
  });
});

describe("program templates in the group's language", () => {
  it("a program created from a Spanish page stores Spanish steps and questions", async () => {
    const owner = await member("Olu", null);
    const admin = await member("Amara", "en");
    const group = await createGroup(db, owner, { name: "Círculo", mentorshipEnabled: true });
    await addMember(db, group, admin, { role: "ADMIN" });
    // The admin's own setting is English; the page they are using is Spanish: the page's language wins.
    const created = await createProgram(
      actor(admin),
      group.slug,
      { template: "LEARN_THE_ROPES", name: "Primeros pasos" },
      { locale: "es" },
    );
    const program = await db.program.findUniqueOrThrow({
      where: { id: created.id },
      include: { steps: { orderBy: { position: "asc" } }, questions: { orderBy: { position: "asc" } } },
    });
    expect(program.steps.map((s) => s.title)).toEqual([
      "Conocerse",
      "Cómo funciona este grupo",
      "Tu primer aporte",
      "Mirar atrás, mirar adelante",
    ]);
    expect(program.steps[0]).toMatchObject({
      guidance: "Salúdense, cuenten por qué se unieron y acuerden cómo mantenerse en contacto.",
      prompts: ["¿Qué te trajo a este grupo?", "¿Cómo te gusta mantenerte en contacto y con qué frecuencia?"],
      dueWeek: 1,
    });
    expect(program.steps[1]!.isGoalStep).toBe(true);
    const mentee = program.questions.filter((q) => q.role === "MENTEE");
    expect(mentee.map((q) => q.label)).toEqual([
      "¿Con qué te gustaría recibir ayuda mientras te adaptas?",
      "¿Qué temas te gustaría tratar?",
      "¿Cuándo y con qué frecuencia puedes reunirte?",
      "¿En qué idiomas te sientes cómodo?",
    ]);
    expect(mentee[3]!.options).toContain("Español");

    // Arabic from an Arabic member's default; English when nothing says otherwise.
    const arabic = await member("Layla", "ar");
    await addMember(db, group, arabic, { role: "ADMIN" });
    const ar = await createProgram(actor(arabic), group.slug, { template: "PEER_SUPPORT", name: "دعم" });
    const arSteps = await db.programStep.findMany({ where: { programId: ar.id }, orderBy: { position: "asc" } });
    expect(arSteps[0]!.title).toBe("تعارفا واتفقا على طريقة الحديث");
    const en = await createProgram(actor(admin), group.slug, { template: "PEER_SUPPORT", name: "Peers" });
    const enSteps = await db.programStep.findMany({ where: { programId: en.id }, orderBy: { position: "asc" } });
    expect(enSteps.map((s) => s.title)).toEqual(TEMPLATES.PEER_SUPPORT.steps.map((s) => s.title));
  });
});
