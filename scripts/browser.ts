/**
 * Finds a Chromium for the browser tests: PLAYWRIGHT_CHROMIUM_EXECUTABLE, then Debian's /usr/bin/chromium, then
 * Playwright's own download. With none, installs one (Debian's package when root on Debian, else Playwright's),
 * or stops with one sentence saying how.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

async function playwrightOwn(): Promise<string | undefined> {
  try {
    const { chromium } = await import("@playwright/test");
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

async function find(): Promise<string | undefined> {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv))
      throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return SYSTEM_CANDIDATES.find((p) => fs.existsSync(p)) ?? (await playwrightOwn());
}

function install(): void {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync("/etc/debian_version")) {
    console.log("No Chromium found: installing Debian's chromium package (about a minute)…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return;
  }
  console.log("No Chromium found: installing Playwright's Chromium…");
  spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "install", "chromium"], { stdio: "inherit" });
}

export async function ensureChromium(): Promise<string> {
  let found = await find();
  if (!found) {
    try {
      install();
    } catch {
      // reported below
    }
    found = await find();
  }
  if (!found) {
    throw new Error(
      "No Chromium for the browser tests: install one (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary.",
    );
  }
  return found;
}
