// Automated accessibility checks (axe-core, WCAG 2.0/2.1/2.2 A and AA rules) on every screen
// and open dialog a merchant meets, on the demo's orders.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, paymentRow, test } from "./fixtures";

const WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Runs axe on the page as it is now, once animations (dialogs fading in) have settled. */
async function expectNoViolations(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
  const found = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
  }));
  expect(found).toEqual([]);
}

test.describe("accessibility", { tag: "@mock" }, () => {
  test("the orders list", async ({ page }) => {
    await page.goto("/orders");
    await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: /^Orders/ })
        .getByRole("link", { name: /^#\d+$/ })
        .first(),
    ).toBeVisible();
    await expectNoViolations(page);
  });

  test("a partly refunded order (#1004)", async ({ page, order }) => {
    await order(1004);
    await expect(paymentRow(page)).toBeVisible();
    await expectNoViolations(page);
  });

  test("an order with several collections and a canceled payment (#1015)", async ({ page, order }) => {
    await order(1015);
    await expect(paymentRow(page).first()).toBeVisible();
    await expectNoViolations(page);
  });

  test("the capture dialog", async ({ page, order }) => {
    await order(1001);
    await paymentRow(page).getByRole("button", { name: "Capture payment" }).click();
    await expect(page.getByRole("dialog", { name: "Capture payment" }).getByLabel("Amount to capture")).toBeVisible();
    await expectNoViolations(page);
  });

  test("the refund panel", async ({ page, order }) => {
    await order(1003);
    await paymentRow(page).getByRole("button", { name: "Payment actions" }).click();
    await page.getByRole("menuitem", { name: "Refund" }).click();
    await expect(page.getByRole("dialog", { name: "Refund" }).getByLabel("Amount", { exact: true })).toBeVisible();
    await expectNoViolations(page);
  });

  test("the mark-as-paid dialog (#1006)", async ({ page, order }) => {
    await order(1006);
    await page.getByRole("region", { name: "Summary" }).getByRole("button", { name: "Mark as paid" }).click();
    await expect(
      page.getByRole("dialog", { name: "Mark as paid" }).getByRole("button", { name: "Confirm" }),
    ).toBeVisible();
    await expectNoViolations(page);
  });

  test("the payment details panel", async ({ page, order }) => {
    await order(1004);
    await paymentRow(page).getByRole("button", { name: "Payment actions" }).click();
    await page.getByRole("menuitem", { name: "View details" }).click();
    const details = page.getByRole("dialog", { name: "Payment details" });
    await expect(details.getByRole("heading", { level: 3, name: "Refunds" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("the sign-in page", async ({ page }) => {
    await page.goto("/orders");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.getByLabel("Email")).toBeVisible();
    await expectNoViolations(page);
  });

  test("the order-not-found page", async ({ page }) => {
    await page.goto("/orders/order_does_not_exist");
    await expect(page.getByRole("heading", { level: 1, name: "Order not found" })).toBeVisible();
    await expectNoViolations(page);
  });

  test("the page-not-found page", async ({ page }) => {
    await page.goto("/no/such/page");
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectNoViolations(page);
  });
});
