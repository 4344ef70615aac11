import { defineConfig, devices } from "@playwright/test";

// The runner (scripts/e2e.ts) builds and starts the app on a throwaway database, then sets these.
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;

export default defineConfig({
  testDir: "tests/e2e",
  // Separate folders when two runs share the machine (see E2E_DIST_DIR in scripts/e2e.ts).
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results/artifacts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Budgets: a short test gets a minute; a long journey declares its own (test.slow(), or a describe-level
  // timeout that fits its steps). Each step stays short, so a real hang fails within seconds, not at the budget.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: process.env.E2E_REPORT_DIR ?? "playwright-report" }]],
  use: {
    baseURL,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
