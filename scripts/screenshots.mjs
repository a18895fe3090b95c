// Takes the README's screenshots of the demo: node scripts/screenshots.mjs [baseUrl] [outDir]
import { chromium } from "@playwright/test";
import { launchOptions } from "./browser.mjs";

const base = process.argv[2] ?? "http://localhost:5173";
const out = process.argv[3] ?? "docs/screenshots";
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: "en-US" });

async function open(displayId) {
  await page.goto(`${base}/orders?q=${displayId}`);
  await page.getByRole("link", { name: `#${displayId}`, exact: true }).click();
  await page.getByRole("heading", { name: "Summary" }).waitFor();
}
async function shot(name, fullPage = true) {
  await page.waitForTimeout(300); // let the open animation finish
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
  console.log(`${out}/${name}.png`);
}

await page.goto(`${base}/orders`);
await page.getByRole("heading", { name: "Orders" }).waitFor();
await page.getByRole("link", { name: "#1044" }).waitFor();
await shot("orders-list", false);
await open(1004);
await shot("order-detail");
await page.getByRole("button", { name: "Payment actions" }).first().click();
await page.getByRole("menuitem", { name: "Refund" }).click();
await page.getByRole("dialog", { name: "Refund" }).waitFor();
await shot("refund-panel", false);
await open(1002);
await page.getByRole("button", { name: "Capture payment" }).click();
await page.getByRole("dialog", { name: "Capture payment" }).waitFor();
await shot("capture-dialog", false);
await open(1006);
await shot("outstanding", false);
await browser.close();
