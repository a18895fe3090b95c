// The README's picture of the plugin's widget on Medusa's own order page (not part of CI):
//   node scripts/widget-screenshot.mjs [--role partially-captured] [--out docs/screenshots/medusa-widget.png]
// Starts a harness of its own with Medusa's admin served at /app (E2E_MEDUSA_ADMIN=on; see
// e2e/medusa/README.md), signs in there, opens the order, photographs the widget and stops the
// harness again. --use-running photographs a harness that is already up (the state file in
// E2E_MEDUSA_STATE, started with E2E_MEDUSA_ADMIN=on) and leaves it running.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { launchOptions } from "./browser.mjs";

const { values: args } = parseArgs({
  options: {
    role: { type: "string", default: "partially-captured" },
    out: { type: "string", default: "docs/screenshots/medusa-widget.png" },
    "use-running": { type: "boolean", default: false },
  },
});
const stateFile = process.env.E2E_MEDUSA_STATE ?? join(tmpdir(), "widget-screenshot-state.json");
const env = { ...process.env, E2E_MEDUSA_STATE: stateFile, E2E_MEDUSA_ADMIN: "on" };
const node = (script) => spawnSync(process.execPath, [script], { stdio: "inherit", env }).status;

const startedHere = !args["use-running"];
// Vite keeps its pre-bundled copy of each admin extension until the harness's lockfile changes, not
// when start.mjs installs a new plugin build: without this the page would show an old widget.
if (startedHere) rmSync("e2e/medusa/node_modules/.vite/deps", { recursive: true, force: true });
if (startedHere && node("e2e/medusa/start.mjs") !== 0) {
  console.error("widget-screenshot: the harness did not start (see above).");
  process.exit(1);
}
try {
  if (!existsSync(stateFile)) throw new Error(`No harness state at ${stateFile}.`);
  const state = JSON.parse(readFileSync(stateFile, "utf8"));
  const order = state.orders[args.role];
  if (!order)
    throw new Error(`No order "${args.role}" in the harness (roles: ${Object.keys(state.orders).join(", ")}).`);
  await photograph(state, order);
} catch (error) {
  console.error(`widget-screenshot: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (startedHere) node("e2e/medusa/stop.mjs");
}

async function photograph(state, order) {
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 1000 },
      deviceScaleFactor: 2,
      locale: "en-US",
    });
    // Medusa's admin is served by Vite's dev server here: its first load compiles the dashboard.
    page.setDefaultTimeout(240_000);
    await page.goto(`${state.backendUrl}/app/login`);
    await page.getByPlaceholder("Email").fill(state.admin.email);
    await page.getByPlaceholder("Password").fill(state.admin.password);
    await page.getByRole("button", { name: "Continue with Email" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/login"));

    await page.goto(`${state.backendUrl}/app/orders/${order.id}`);
    const widget = page.getByRole("region", { name: "Order payments" });
    await widget.getByRole("link", { name: "Open in Order payments" }).waitFor();
    await page.waitForTimeout(500); // fonts and the badge settle
    const box = await widget.boundingBox();
    if (!box) throw new Error("The widget is on the page but has no box.");
    const margin = 16;
    mkdirSync(dirname(args.out), { recursive: true });
    await page.screenshot({
      path: args.out,
      clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
    });
    const href = await widget.getByRole("link", { name: "Open in Order payments" }).getAttribute("href");
    console.log(`${args.out}: order #${order.display_id} (${args.role}), link ${href}`);
  } finally {
    await browser.close();
  }
}
