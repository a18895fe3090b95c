// npm run test:medusa: the e2e suite and the server checks against a real Medusa server, twice:
// with this repository's plugin (plugin/) and as a store without it (E2E_MEDUSA_PLUGIN=off).
// Each mode starts its own server (e2e/medusa/start.mjs) and stops it, also when tests fail.
// Ends with "N passed, N failed" over both modes.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ensureChromium } from "./ensure-chromium.mjs";

const run = (args, env = {}) =>
  spawnSync("node", args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

/** One mode: start, server checks (vitest), the browser suite, stop. */
async function mode(plugin) {
  const env = { E2E_MEDUSA_PLUGIN: plugin ? "on" : "off" };
  const name = plugin ? "with the plugin" : "without the plugin";
  const result = { name, passed: 0, failed: 1, checks: 1 };
  const started = Date.now();
  try {
    if (run(["e2e/medusa/start.mjs"], env) !== 0) throw new Error(`The real Medusa server (${name}) did not start.`);
    console.log(`Real Medusa (${name}) ready after ${Math.round((Date.now() - started) / 1000)} s`);
    // Server checks first: they use the seeded orders, the specs place their own.
    const checksFile = "test-results/medusa-checks.json";
    result.checks = run(
      [
        "node_modules/vitest/vitest.mjs",
        "run",
        "--config",
        "e2e/medusa/vitest.contract.config.ts",
        "--reporter=default",
        "--reporter=json",
        `--outputFile=${checksFile}`,
      ],
      env,
    );
    const checks = JSON.parse(readFileSync(checksFile, "utf8"));
    // Skipped tests prove nothing: each counts as a failure (none may be left behind).
    result.checkCounts = { passed: checks.numPassedTests, failed: checks.numFailedTests + checks.numPendingTests };
    await ensureChromium();
    const code = run(["node_modules/@playwright/test/cli.js", "test"], { ...env, E2E_BACKEND: "medusa" });
    const report = JSON.parse(readFileSync("test-results/e2e-medusa.json", "utf8"));
    result.passed = report.stats.expected + report.stats.flaky;
    result.failed =
      report.stats.unexpected + report.stats.skipped + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    run(["e2e/medusa/stop.mjs"]);
  }
  // Each server check counts like a spec; a failed run with no failed test still fails once.
  const counts = result.checkCounts ?? { passed: 0, failed: 0 };
  result.passed += counts.passed;
  result.failed += counts.failed + (result.checks !== 0 && counts.failed === 0 ? 1 : 0);
  console.log(
    `\nReal Medusa ${name}: server checks ${result.checks === 0 ? "passed" : "FAILED"}; ` +
      `end-to-end ${result.passed} passed, ${result.failed} failed, ${Math.round((Date.now() - started) / 1000)} s`,
  );
  return result;
}

/** The plugin's own unit tests (its widget needs React 18 and Medusa's UI kit, from the harness's install). */
function pluginUnits() {
  // Absolute: Vitest writes a relative outputFile under its root, which is plugin/ here.
  const file = resolve("test-results/plugin-unit.json");
  const code = run([
    "node_modules/vitest/vitest.mjs",
    "run",
    "--config",
    "plugin/vitest.config.mjs",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${file}`,
  ]);
  let counts = { passed: 0, failed: 1 };
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    counts = {
      passed: report.numPassedTests,
      failed: report.numFailedTests + report.numPendingTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0),
    };
  } catch {
    /* no report: counted as one failure */
  }
  return { name: "plugin unit tests", ...counts };
}

const withPlugin = await mode(true); // installs Medusa (and so the widget's packages) on first use
const results = [withPlugin, pluginUnits(), await mode(false)];
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
