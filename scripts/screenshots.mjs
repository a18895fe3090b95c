// Takes the README's screenshots of the demo: node scripts/screenshots.mjs [baseUrl] [outDir]
// First at desktop size, then on a phone (an iPhone 13's 390x844 screen, touch): phone-*.png.
import { chromium } from "@playwright/test";
import { launchOptions } from "./browser.mjs";

const base = process.argv[2] ?? "http://localhost:5173";
const out = process.argv[3] ?? "docs/screenshots";
const browser = await chromium.launch(launchOptions);

async function open(page, displayId) {
  await page.goto(`${base}/orders?q=${displayId}`);
  await page.getByRole("link", { name: `#${displayId}`, exact: true }).click();
  await page.getByRole("heading", { name: "Summary" }).waitFor();
}
async function shot(page, name, fullPage = true) {
  await page.waitForTimeout(300); // let the open animation finish
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
  console.log(`${out}/${name}.png`);
}
async function openRefund(page) {
  await page.getByRole("button", { name: "Payment actions" }).first().click();
  await page.getByRole("menuitem", { name: "Refund" }).click();
  await page.getByRole("dialog", { name: "Refund" }).waitFor();
}
async function openCapture(page) {
  await page.getByRole("button", { name: "Capture payment" }).click();
  await page.getByRole("dialog", { name: "Capture payment" }).waitFor();
}
async function openList(page) {
  await page.goto(`${base}/orders`);
  await page.getByRole("heading", { name: "Orders" }).waitFor();
  await page.getByRole("link", { name: "#1044" }).waitFor();
}

const desktop = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: "en-US" });
await openList(desktop);
await shot(desktop, "orders-list", false);
await open(desktop, 1004);
await shot(desktop, "order-detail");
await openRefund(desktop);
await shot(desktop, "refund-panel", false);
await open(desktop, 1002);
await openCapture(desktop);
await shot(desktop, "capture-dialog", false);
await open(desktop, 1006);
await shot(desktop, "outstanding", false);

// Its own context: fresh demo data, and the phone's screen, pixel density and touch.
const phoneContext = await browser.newContext({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "en-US",
});
const phone = await phoneContext.newPage();
await openList(phone);
await shot(phone, "phone-orders-list", false);
await open(phone, 1004);
await shot(phone, "phone-order-detail", false);
await openRefund(phone);
await shot(phone, "phone-refund-panel", false);
await open(phone, 1002);
await openCapture(phone);
await shot(phone, "phone-capture-dialog", false);
await browser.close();
