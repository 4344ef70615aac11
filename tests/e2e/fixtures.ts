/**
 * Shared browser-test fixtures: a database client on the e2e database, sign-in by cookie (the session token is
 * minted with the app's secret, as Auth.js would), axe checks, screenshots, and a guard that fails a test on any
 * unexpected console error (CSP violations and hydration errors included).
 */
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { encode } from "next-auth/jwt";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { createUser, DEFAULT_PASSWORD, type UserOverrides } from "../factories/users";

export { expect, DEFAULT_PASSWORD };

/**
 * Test budgets, by the size of the journey (playwright.config.ts bounds every single step: 15 s an action, 30 s a
 * navigation, 15 s an expectation, so a real hang fails there, whatever the budget):
 * - a test of a few steps: the default minute;
 * - a journey across several pages, an axe sweep, or a second app instance: `test.slow()` (three minutes);
 * - the longest journeys (a program from switch-on to approved applicants, check-ins to feedback, a whole cohort):
 *   LONG_JOURNEY, ten minutes.
 * On an idle machine none comes near its budget; the margin is for a busy one (CI beside a build, load 7 to 15),
 * where a step can take ten times as long and every assertion still passes.
 */
export const LONG_JOURNEY = 600_000;

/** The instance operator the runner names in KINSHIP_OPERATORS (scripts/e2e.ts): the one who may read /dev/outbox. */
export const OPERATOR_EMAIL = "operator@kinship.test";

/**
 * Headers that give a test's requests a client address of their own. Every browser test comes from 127.0.0.1, and
 * per-address limits (sign-in, sign-up, account emails: lib/auth/rate-limit.ts) would let one file use up another's.
 * The runner starts the app with TRUSTED_PROXIES=1 (scripts/e2e.ts), so the tests stand where nginx would: the app
 * reads the address the nearest proxy appended to X-Forwarded-For, which is this one. Use with
 * `test.use({ extraHTTPHeaders: asClient() })` at the top of a file.
 */
export function asClient(): Record<string, string> {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  return { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` };
}

const SESSION_COOKIE = "authjs.session-token";

type Fixtures = {
  consoleErrors: string[];
  closeExtraContexts: void;
  loginAs: (page: Page, user: { id: string; sessionVersion: number }) => Promise<void>;
};
type WorkerFixtures = { db: PrismaClient; makeUser: (overrides?: UserOverrides) => ReturnType<typeof createUser> };

export const test = base.extend<Fixtures, WorkerFixtures>({
  db: [
    async ({}, use) => {
      const url = process.env.E2E_DATABASE_URL;
      if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests with npm run test:e2e.");
      const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  makeUser: [
    async ({ db }, use) => {
      await use((overrides = {}) =>
        createUser(db, {
          email: `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`,
          ...overrides,
        }),
      );
    },
    { scope: "worker" },
  ],
  // Contexts a test opens with browser.newContext() (a second person) close with the test, so their pages and
  // realtime streams do not live on in the worker's browser and load the next tests.
  closeExtraContexts: [
    async ({ browser, context }, use) => {
      await use();
      for (const other of browser.contexts()) if (other !== context) await other.close().catch(() => undefined);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      const unexpected = errors.filter((e) => !e.includes("status of 4")); // expected 4xx answers log a resource error
      expect(unexpected, "unexpected console errors").toEqual([]);
    },
    { auto: true },
  ],
  loginAs: async ({}, use, testInfo) => {
    await use(async (page, user) => {
      const secret = process.env.AUTH_SECRET;
      if (!secret) throw new Error("AUTH_SECRET is not set: run the browser tests with npm run test:e2e.");
      const value = await encode({
        token: { uid: user.id, sv: user.sessionVersion, sub: user.id },
        secret,
        salt: SESSION_COOKIE,
      });
      const url = new URL(testInfo.project.use.baseURL ?? process.env.E2E_BASE_URL!);
      await page
        .context()
        .addCookies([
          { name: SESSION_COOKIE, value, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" },
        ]);
    });
  },
});

/** Fails with the list of violations (WCAG 2.1 A and AA) when axe finds any. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** A full-page screenshot under test-results/screenshots, to look at what was built. */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** Checks a page in light and dark, at desktop and phone widths, with axe, and saves screenshots of each. */
export async function checkPage(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.waitForFunction((s) => document.documentElement.classList.contains(s), scheme);
    await expectAccessible(page, `${name} (${scheme})`);
    await snap(page, `${name}-${scheme}`);
  }
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, `${name} (phone)`);
  await snap(page, `${name}-phone`);
  if (size) await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: "light" });
}
