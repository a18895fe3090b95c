// Orders by payment status and money moved once, through the plugin (medusa-order-payments), and
// what the app says on a server without it. On the mock both modes run (POST /__demo/plugin); on a
// real server, the mode start.mjs gave it (E2E_MEDUSA_PLUGIN=off: without).
import type { Page } from "@playwright/test";
import { adminCall, everyOrder, mockWithoutPlugin, type ListedOrder } from "./admin-api";
import { backend, realServerHasPlugin } from "./backend";
import { expect, openOrder, orderIdFromUrl, test } from "./fixtures";

const PAGE_SIZE = 20;
const rows = (page: Page) =>
  page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader") });
const shownIds = async (page: Page) => (await rows(page).getByRole("rowheader").allTextContents()).map((t) => t.trim());
const statusFilter = (page: Page) => page.getByRole("combobox", { name: "Payment status" });
const search = (page: Page) => page.getByRole("searchbox", { name: "Search orders" });
const range = (page: Page) => page.getByRole("navigation", { name: "Pagination" }).getByRole("status");
const noPluginLine = (page: Page) =>
  page.getByText(/Filtering by payment status needs the medusa-order-payments plugin/);

async function openList(page: Page) {
  await page.goto("/orders");
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
}

/** Two identical captures of 10.00 under one key, sent at once; the payment's captures after. */
async function doubleCapture(page: Page, key: string) {
  const orderId = orderIdFromUrl(page);
  const read = await adminCall(page, "GET", `/admin/orders/${orderId}?fields=id,*payment_collections.payments`);
  const collections = (read.body as { order: { payment_collections: { payments: { id: string }[] }[] } }).order
    .payment_collections;
  const paymentId = collections[0]!.payments[0]!.id;
  const capture = () => adminCall(page, "POST", `/admin/payments/${paymentId}/capture`, { body: { amount: 10 }, key });
  const answers = await Promise.all([capture(), capture()]);
  const after = await adminCall(page, "GET", `/admin/payments/${paymentId}?fields=id,*captures`);
  const captures = (after.body as { payment: { captures: { amount: number }[] } }).payment.captures;
  return { answers, captures: captures.map((c) => c.amount) };
}

const withPlugin = backend === "demo" || realServerHasPlugin();
const withoutPlugin = backend === "demo" || !realServerHasPlugin();

if (withPlugin) {
  test.describe("with the plugin", () => {
    test("each payment-status filter shows exactly the orders in that status", async ({ page }) => {
      test.slow();
      await openList(page);
      const orders = await everyOrder(page);
      const labels = (await statusFilter(page).getByRole("option").allTextContents()).slice(1);
      const values = await statusFilter(page)
        .getByRole("option")
        .evaluateAll((options) => options.slice(1).map((o) => (o as HTMLOptionElement).value));
      for (const [i, status] of values.entries()) {
        const expected = orders.filter((o: ListedOrder) => o.payment_status === status);
        await statusFilter(page).selectOption(status);
        await expect(page).toHaveURL(new RegExp(`status=${status}$`));
        if (expected.length === 0) {
          await expect(page.getByText("No orders match")).toBeVisible();
          continue;
        }
        const first = expected.slice(0, PAGE_SIZE).map((o) => `#${o.display_id}`);
        await expect(range(page), `${labels[i]}: the count`).toHaveText(`1–${first.length} of ${expected.length}`);
        await expect.poll(() => shownIds(page), { message: `${labels[i]}: the orders` }).toEqual(first);
        await expect(rows(page).filter({ hasNotText: labels[i]! })).toHaveCount(0);
      }
    });

    test("finds an order by its number with '#' and by its email", async ({ page }) => {
      await openList(page);
      const order = (await everyOrder(page))[0]!;
      await search(page).fill(`#${order.display_id}`);
      await expect.poll(() => shownIds(page)).toEqual([`#${order.display_id}`]);

      await search(page).fill(order.email);
      await expect(
        rows(page).filter({ has: page.getByRole("link", { name: `#${order.display_id}`, exact: true }) }),
      ).toHaveCount(1);
      await expect(rows(page).filter({ hasNotText: order.email })).toHaveCount(0);
    });

    test("two identical captures with one Idempotency-Key move the money once", async ({ page }) => {
      await openOrder(page, 1001);
      const { answers, captures } = await doubleCapture(page, `e2e-${Date.now()}`);
      expect(captures).toEqual([10]);
      const statuses = answers.map((a) => a.status).sort();
      // The second either met the first still running (409) or got its stored answer (replayed).
      expect([
        [200, 200],
        [200, 409],
      ]).toContainEqual(statuses);
      if (statuses[1] === 200) expect(answers.map((a) => a.replayed)).toContain("true");
    });
  });
}

if (withoutPlugin) {
  test.describe("without the plugin", () => {
    test.beforeEach(async ({ page }) => {
      if (backend === "demo") {
        await openList(page); // the mock's worker answers once the list shows
        await mockWithoutPlugin(page);
      }
    });

    test("offers no payment-status filter and says what the plugin adds", async ({ page }) => {
      await openList(page);
      await expect(noPluginLine(page)).toBeVisible();
      await expect(noPluginLine(page)).toContainText("“The Medusa plugin” in this app's README");
      await expect(statusFilter(page)).toHaveCount(0);
    });

    test("a status in the address is said to be unavailable, not shown unfiltered", async ({ page }) => {
      await page.goto("/orders?status=captured");
      await expect(page.getByText("Orders cannot be filtered by payment status on this server.")).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
      await page.getByRole("button", { name: "Show all orders" }).click();
      await expect(page).toHaveURL(/\/orders$/);
      await expect(rows(page).first()).toBeVisible();
    });

    test("Medusa alone ignores the Idempotency-Key: two identical captures move the money twice", async ({ page }) => {
      await openOrder(page, 1001);
      const { answers, captures } = await doubleCapture(page, `e2e-${Date.now()}`);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      expect(captures).toEqual([10, 10]);
    });
  });
}
