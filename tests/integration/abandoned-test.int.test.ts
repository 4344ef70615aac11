/**
 * A test that times out keeps running in the background. The setup (tests/integration/setup.ts) must keep it from
 * writing into the next test's database: the next tests of that file are skipped, never run on polluted data.
 * Proven by running a fixture file through vitest itself: without the guard, its second test finds the first
 * one's late rows and fails.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

type Report = { testResults: { assertionResults: { title: string; status: string }[] }[] };

it("skips the rest of a file after a test times out, so it cannot write into the next test's data", () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kinship-abandoned-")), "report.json");
  const run = spawnSync(
    process.execPath,
    [
      "node_modules/vitest/vitest.mjs",
      "run",
      "--config",
      "tests/integration/fixtures/vitest.config.ts",
      "--reporter=json",
      `--outputFile=${out}`,
    ],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: "" }, timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(1); // the timed-out test fails the run
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as Report;
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const results = report.testResults.flatMap((f) => f.assertionResults);
  expect(results.map((r) => [r.title, r.status])).toEqual([
    ["times out while it goes on writing", "failed"],
    ["starts from an empty database", "skipped"],
  ]);
}, 120_000);
