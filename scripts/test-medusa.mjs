// npm run test:medusa: starts a real Medusa server (e2e/medusa/start.mjs), runs the e2e suite
// against it, and stops the server again, also when tests fail. Ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { ensureChromium } from "./ensure-chromium.mjs";

const run = (args, env = {}) =>
  spawnSync("node", args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
let passed = 0;
let failed = 1;
let contractCode = 1;
const started = Date.now();
try {
  if (run(["e2e/medusa/start.mjs"]) !== 0) throw new Error("The real Medusa server did not start (see above).");
  console.log(`Real Medusa ready after ${Math.round((Date.now() - started) / 1000)} s`);
  // The contract check first: it uses the seeded orders, the specs place their own.
  contractCode = run(["node_modules/vitest/vitest.mjs", "run", "--config", "e2e/medusa/vitest.contract.config.ts"]);
  await ensureChromium();
  const code = run(["node_modules/@playwright/test/cli.js", "test"], { E2E_BACKEND: "medusa" });
  const report = JSON.parse(readFileSync("test-results/e2e-medusa.json", "utf8"));
  passed = report.stats.expected + report.stats.flaky;
  failed = report.stats.unexpected + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  run(["e2e/medusa/stop.mjs"]);
}
if (contractCode !== 0) failed += 1;
console.log(
  `\nContract check, mock against real Medusa: ${contractCode === 0 ? "same answers" : "DIFFERENT (see above)"}`,
);
console.log(
  `\nEnd-to-end (real Medusa): ${passed} passed, ${failed} failed, ${Math.round((Date.now() - started) / 1000)} s in all`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
