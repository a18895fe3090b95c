// npm test: unit and integration tests (Vitest), then the end-to-end suite
// (Playwright on the demo build). Ends with one line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { ensureChromium } from "./ensure-chromium.mjs";

mkdirSync("test-results", { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32" }).status ?? 1;
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};

const unitCode = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=test-results/unit.json",
]);
const unit = readJson("test-results/unit.json");
const unitPassed = unit?.numPassedTests ?? 0;
// A skipped test proves nothing: it is counted and fails the run (none may be left behind).
const unitSkipped = unit ? unit.numPendingTests + unit.numTodoTests : 0;
const unitFailed = (unit ? unit.numFailedTests : 1) + unitSkipped;

await ensureChromium();
const e2eCode = run("npx", ["playwright", "test"]);
const e2e = readJson("test-results/e2e-demo.json");
const e2ePassed = e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
const e2eSkipped = e2e ? e2e.stats.skipped : 0;
const e2eFailed = (e2e ? e2e.stats.unexpected : 1) + e2eSkipped;

const passed = unitPassed + e2ePassed;
const failed = unitFailed + e2eFailed + (unitCode && !unitFailed ? 1 : 0) + (e2eCode && !e2eFailed ? 1 : 0);
const skipped = (n) => (n ? ` (${n} skipped, counted as failed)` : "");
console.log(`\nUnit and integration: ${unitPassed} passed, ${unitFailed} failed${skipped(unitSkipped)}`);
console.log(`End-to-end (demo): ${e2ePassed} passed, ${e2eFailed} failed${skipped(e2eSkipped)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
