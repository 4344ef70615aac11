/**
 * Not a test: the page-render measurement of issue 21 (sign-in, 200 sequential GETs after 20 to warm up), run
 * only with KINSHIP_MEASURE_PAGES=1, e.g.
 * `KINSHIP_MEASURE_PAGES=1 E2E_DIST_DIR=.next-e2e-i18n npm run test:e2e -- tests/e2e/page-render.spec.ts`.
 * It prints p50/p95; it asserts nothing about speed (never assert on wall-clock time).
 */
import { test, expect } from "./fixtures";

test.skip(!process.env.KINSHIP_MEASURE_PAGES, "a measurement, run on demand");

for (const lang of ["en", "es", "ar"]) {
  test(`render /sign-in 200 times (${lang})`, async ({ request, baseURL }) => {
    test.setTimeout(300_000);
    let size = 0;
    const get = async () => {
      const t0 = performance.now();
      const res = await fetch(`${baseURL}/sign-in`, {
        headers: { accept: "text/html", "accept-language": lang, "x-forwarded-for": "10.9.9.9" },
      });
      size = (await res.text()).length;
      expect(res.status).toBe(200);
      return performance.now() - t0;
    };
    void request;
    for (let i = 0; i < 20; i++) await get();
    const times: number[] = [];
    for (let i = 0; i < 200; i++) times.push(await get());
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
    console.log(`MEASURE /sign-in ${lang}: p50 ${at(50)} ms, p95 ${at(95)} ms, n=${times.length}, ${size} characters`);
  });
}
