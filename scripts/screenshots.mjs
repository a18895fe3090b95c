// Takes the README's screenshots of the demo: node scripts/screenshots.mjs [baseUrl]
import { chromium } from "@playwright/test";
import { launchOptions } from "./browser.mjs";

const base = process.argv[2] ?? "http://localhost:5173";
const out = process.argv[3] ?? "docs/screenshots";
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });

async function shot(name, path, act) {
  await page.goto(base + path);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  if (act) await act();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  console.log(`${out}/${name}.png`);
}

await shot("orders-list", "/orders");
await page.getByRole("link", { name: "#1004" }).click();
const orderUrl = new URL(page.url()).pathname;
await shot("order-detail", orderUrl);
await shot("refund-panel", `${orderUrl}/refund`, () => page.getByRole("dialog").waitFor());
await shot("capture-dialog", "/orders", async () => {
  await page.getByRole("link", { name: "#1002" }).click();
  await page.getByRole("button", { name: "Capture payment" }).click();
  await page.getByRole("dialog").waitFor();
});
await shot("outstanding", "/orders", async () => {
  await page.getByRole("link", { name: "#1006" }).click();
  await page.getByRole("heading", { name: "Summary" }).waitFor();
});
await browser.close();
