// A merchant's phone, 360 and 390 px wide: every screen and dialog fits the width, with nothing to
// scroll sideways and nothing cut off (the header's Sign out, the list's totals and statuses).
// On the demo and on a real server alike: each test opens orders through the shared fixtures.
// (A payment row's first link is its title, which opens the payment's details.)
import type { Page } from "@playwright/test";
import { backend } from "./backend";
import { expect, openCapture, openRefund, paymentRow, summary, test } from "./fixtures";
import { orderLike } from "./list-orders";

/** Fails when the page is wider than the screen, once every opening and sliding has ended. */
async function expectNoSidewaysScroll(page: Page, screen: string) {
  // A panel still sliding in is not the screen at rest; a spinner never ends, so only finite animations count.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => null)),
    ),
  );
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(
    scrollWidth,
    `${screen}: the page is ${scrollWidth} px wide on a ${clientWidth} px screen`,
  ).toBeLessThanOrEqual(clientWidth);
}

/** Makes the clipboard refuse, both ways the app tries, so it shows the link for a manual copy. */
async function refuseClipboard(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new Error("not allowed")) },
    });
    document.execCommand = () => false;
  });
}

// A note without a single space: the longest line a merchant can leave on a refund.
const LONG_NOTE = `Ticket-${"x".repeat(150)}`;

for (const width of [360, 390]) {
  test.describe(`on a phone ${width} px wide`, () => {
    test.use({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true });

    test("the orders list: each row shows order, customer, total and status; the header is whole", async ({ page }) => {
      const order = await orderLike(1003, "alan@example.com"); // 89.90, captured
      await page.goto(`/orders?q=${encodeURIComponent(order.number)}`);
      const link = page.getByRole("link", { name: order.number, exact: true });
      await expect(link).toBeVisible();
      await expectNoSidewaysScroll(page, "orders list");

      const row = page.getByRole("row").filter({ has: link });
      // The customer by name on a phone; the email is on the order page.
      for (const text of [order.number, "Alan Turing", "$89.90", "Captured"]) {
        await expect(row.getByText(text, { exact: true })).toBeInViewport({ ratio: 1 });
      }
      await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
      await expect(
        page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Orders", exact: true }),
      ).toBeInViewport({ ratio: 1 });

      if (backend === "demo") {
        await page.getByRole("button", { name: "Reset demo data" }).click();
        const dialog = page.getByRole("dialog", { name: "Reset demo data?" });
        await expect(dialog).toBeVisible();
        await expectNoSidewaysScroll(page, "reset demo data dialog");
        await dialog.getByRole("button", { name: "Cancel" }).click();
        await expect(dialog).toBeHidden();
      }

      // A tap anywhere on the row opens the order.
      await row.tap();
      await expect(page.getByRole("heading", { level: 1, name: `Order ${order.number}` })).toBeVisible();
    });

    test("an order page, the capture dialog and the payment details", async ({ page, order }) => {
      await order(1001); // 60.00 authorized
      await expectNoSidewaysScroll(page, "order page");

      const capture = await openCapture(page);
      await expectNoSidewaysScroll(page, "capture dialog");
      await expect(capture.getByRole("button", { name: "Confirm" })).toBeInViewport({ ratio: 1 });
      await capture.getByRole("button", { name: "Cancel" }).click();
      await expect(capture).toBeHidden();

      await paymentRow(page).getByRole("link").first().click();
      const details = page.getByRole("dialog", { name: "Payment details" });
      await expect(details).toBeVisible();
      await expectNoSidewaysScroll(page, "payment details");
      await details.getByRole("button", { name: "Close" }).click();
      await expect(details).toBeHidden();
    });

    test("the refund panel, and a refund with a long note on the order page", async ({ page, order }) => {
      await order(1003); // 89.90 captured, nothing refunded
      const { drawer } = await openRefund(page);
      await expectNoSidewaysScroll(page, "refund panel");

      await drawer.getByLabel("Amount", { exact: true }).fill("10");
      await drawer.getByLabel("Note").fill(LONG_NOTE);
      // Nothing is owed back on this order: the refund needs its second yes.
      await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
      await expectNoSidewaysScroll(page, "refund panel, filled in");
      await drawer.getByRole("button", { name: "Refund $10.00" }).click();
      await expect(drawer).toBeHidden();

      const refund = paymentRow(page).getByRole("listitem").filter({ hasText: LONG_NOTE });
      await expect(refund).toBeVisible();
      await expectNoSidewaysScroll(page, "order page with a long refund note");

      await paymentRow(page).getByRole("link").first().click();
      const details = page.getByRole("dialog", { name: "Payment details" });
      await expect(details.getByText(LONG_NOTE, { exact: false })).toBeVisible();
      await expectNoSidewaysScroll(page, "payment details with a long refund note");
    });

    test("the mark-as-paid dialog and the payment link to copy by hand", async ({ page, order }) => {
      await refuseClipboard(page);
      await order(1006); // 25.00 requested from the customer
      await expectNoSidewaysScroll(page, "order page with an outstanding amount");

      await summary(page).getByRole("button", { name: "Mark as paid" }).click();
      const markPaid = page.getByRole("dialog", { name: "Mark as paid" });
      await expect(markPaid).toBeVisible();
      await expectNoSidewaysScroll(page, "mark as paid dialog");
      await markPaid.getByRole("button", { name: "Cancel" }).click();
      await expect(markPaid).toBeHidden();

      await summary(page).getByRole("button", { name: "Copy payment link" }).click();
      const copy = page.getByRole("dialog", { name: "Copy payment link" });
      await expect(copy.getByRole("textbox", { name: "Payment link" })).toHaveValue(/payment-collection/);
      await expectNoSidewaysScroll(page, "copy payment link dialog");
      await copy.getByRole("button", { name: "Done" }).click();
      await expect(copy).toBeHidden();
    });

    test("a mistyped order address, Sign out and the sign-in page", async ({ page }) => {
      await page.goto(`/orders/order_${"0".repeat(60)}`);
      await expect(page.getByRole("heading", { level: 1, name: "Order not found" })).toBeVisible();
      await expectNoSidewaysScroll(page, "order not found");

      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
      await expectNoSidewaysScroll(page, "sign-in page");
    });
  });
}
