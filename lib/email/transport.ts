import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

let transporter: Transporter | null | undefined;

/** SMTP when SMTP_URL is set; otherwise null, and emails stay in the development outbox (the Email table). */
export function smtp(): Transporter | null {
  if (transporter === undefined) transporter = env().SMTP_URL ? nodemailer.createTransport(env().SMTP_URL) : null;
  return transporter;
}

/** Test seam: replace the transport (e.g. one that fails the first time). */
export function setTransportForTests(t: Transporter | null | undefined): void {
  transporter = t;
}

export async function deliver(email: OutgoingEmail): Promise<"smtp" | "outbox"> {
  const t = smtp();
  if (!t) return "outbox";
  await t.sendMail({ from: env().EMAIL_FROM, ...email });
  return "smtp";
}
