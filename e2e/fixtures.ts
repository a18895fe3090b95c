// Shared steps for the specs: open an order by its number as a merchant would, and find
// what the order page shows (badges, figures, toasts) the way a reader of the page would.
import { test as base, expect, type Locator, type Page, type Request } from "@playwright/test";
import { backend, freshMedusaOrder } from "./backend";

/**
 * Opens demo order #displayId as a merchant would, from the list. On a real Medusa server,
 * signs in and opens a fresh order placed in the same state. Resolves to the number shown.
 */
export async function openOrder(page: Page, displayId: number): Promise<number> {
  if (backend === "medusa") {
    const order = await freshMedusaOrder(displayId);
    await page.goto(`/orders/${order.id}`);
    await expect(page.getByRole("heading", { level: 1, name: `Order #${order.display_id}` })).toBeVisible();
    return order.display_id;
  }
  await page.goto(`/orders?q=${displayId}`);
  await page.getByRole("link", { name: `#${displayId}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order #${displayId}` })).toBeVisible();
  return displayId;
}

/** Signs in through the sign-in page, as the real server's admin. */
async function signIn(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill("supersecret");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
}

/** The order's id (order_…) from the address of its page. */
export function orderIdFromUrl(page: Page): string {
  const match = /\/orders\/([^/?#]+)/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`Not on an order page: ${page.url()}`);
  return decodeURIComponent(match[1]!);
}

/**
 * The order's payment status badge, beside the order heading. Badges have no role of their
 * own, so this is the text next to the level-1 heading, in the innermost box holding it.
 */
export function orderStatus(page: Page, label: string): Locator {
  return page
    .getByRole("main")
    .locator("div")
    .filter({ has: page.getByRole("heading", { level: 1 }) })
    .last()
    .getByText(label, { exact: true });
}

/** A payment row's name: its provider and the end of its id ("Manual payment …A1B2C3"). */
export const PAYMENT_ROW = /^(\w+ )?[Pp]ayment …\S{6}$/;

/** The row of one payment in the Payments section; the only one when no id is given. */
export function paymentRow(page: Page, paymentId?: string): Locator {
  const name = paymentId ? new RegExp(`[Pp]ayment …${escapeRegExp(paymentId.slice(-6))}$`) : PAYMENT_ROW;
  return page.getByRole("region", { name: "Payments" }).getByRole("listitem", { name });
}

/**
 * A payment's own status badge: the text beside its "Payment actions" button, in the innermost
 * box holding both (the menu keeps its button in a box of its own).
 */
export function paymentStatus(row: Locator, label: string): Locator {
  const text = row.page().getByText(label, { exact: true });
  return row
    .locator("div")
    .filter({ has: row.page().getByRole("button", { name: "Payment actions" }) })
    .filter({ has: text })
    .last()
    .getByText(label, { exact: true });
}

/** A row's payment id, from its title's link to the payment's details (the row names only its end). */
export async function paymentIdOf(row: Locator): Promise<string> {
  const href = (await row.getByRole("link", { name: PAYMENT_ROW }).getAttribute("href")) ?? "";
  const id = /\/payments\/([^/?#]+)/.exec(href)?.[1];
  if (!id) throw new Error(`Not a payment row's link: "${href}"`);
  return decodeURIComponent(id);
}

/** The value shown for a term in a description list (Summary, payment figures): the dd after the dt. */
export function figure(scope: Locator, term: string): Locator {
  return scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(term)}\\s*$`) })
    .locator("xpath=following-sibling::*[1]");
}

export const summary = (page: Page) => page.getByRole("region", { name: "Summary" });
export const activity = (page: Page) => page.getByRole("region", { name: "Activity" });

/** A notification in the toast area (polite ones are in a status region, errors in an alert). */
export function toast(page: Page, message: string): Locator {
  return page.getByRole("status").or(page.getByRole("alert")).getByText(message, { exact: true });
}

export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A request that moves money or records a payment, as the page sent it. */
/** A fault for the demo's mock backend (mocks/db.ts): a route such as "POST /admin/payments/<star>/capture" and its kind. */
export type Fault = {
  route: string;
  kind?: "error" | "drop-before" | "drop-after" | "error-after" | "error-while-running" | "slow" | "unauthorized";
  status?: number;
  body?: object;
  delayMs?: number;
  times?: number;
};

/** Arms one fault in the demo's mock backend, from the page, so it lands in the page's worker. */
export async function armFault(page: Page, fault: Fault) {
  const status = await page.evaluate(
    async (f) => (await fetch("/__demo/faults", { method: "POST", body: JSON.stringify({ faults: [f] }) })).status,
    fault,
  );
  expect(status, "the mock backend accepts the fault").toBe(200);
}

/** Lets the answers that a "slow" fault holds back go now, and applies what an "error-while-running" one holds. */
export async function releaseHeldAnswers(page: Page) {
  const status = await page.evaluate(async () => (await fetch("/__demo/release", { method: "POST" })).status);
  expect(status, "the mock backend releases held answers").toBe(200);
}

/** Opens the capture dialog of the (first) payment row. */
export async function openCapture(page: Page) {
  await paymentRow(page).getByRole("button", { name: "Capture payment" }).click();
  const dialog = page.getByRole("dialog", { name: "Capture payment" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Opens the refund panel from the (first) payment row's menu, as a merchant would. */
export async function openRefund(page: Page) {
  const row = paymentRow(page);
  const paymentId = await paymentIdOf(row);
  await row.getByRole("button", { name: "Payment actions" }).click();
  await page.getByRole("menuitem", { name: "Refund" }).click();
  const drawer = page.getByRole("dialog", { name: "Refund" });
  await expect(drawer).toBeVisible();
  return { row, drawer, paymentId };
}

export type SentRequest = { method: string; path: string; body: unknown };

/** Every write (non-GET) the page sends to the Admin API, in order, whoever answers it. */
export class WriteLog {
  readonly sent: SentRequest[] = [];

  constructor(page: Page) {
    page.on("request", (request: Request) => {
      const url = new URL(request.url());
      if (request.method() === "GET" || !url.pathname.startsWith("/admin/")) return;
      let body: unknown = null;
      try {
        body = request.postDataJSON();
      } catch {
        body = request.postData();
      }
      this.sent.push({ method: request.method(), path: url.pathname, body });
    });
  }

  /** The POSTs whose path ends with the given suffix, e.g. "/capture" or "/refund". */
  to(suffix: string): SentRequest[] {
    return this.sent.filter((r) => r.method === "POST" && r.path.endsWith(suffix));
  }
}

export const test = base.extend<{ order: (displayId: number) => Promise<number>; writes: WriteLog; session: void }>({
  // The demo signs in by itself; on a real server every test starts by signing in.
  session: [
    async ({ page }, use) => {
      if (backend === "medusa") await signIn(page);
      await use();
    },
    { auto: true },
  ],
  order: async ({ page }, use) => {
    await use((displayId) => openOrder(page, displayId));
  },
  // Created before the test body runs, so it sees every request from the first navigation on.
  writes: async ({ page }, use) => {
    await use(new WriteLog(page));
  },
});

export { expect };
