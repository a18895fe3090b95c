// A half-filled refund belongs to one way into the panel (the Summary's Refund, or one payment's):
// it comes back only after a sign-in forced by a 401, to that same way in; Back drops it.
import type { Locator, Page } from "@playwright/test";
import {
  armFault,
  escapeRegExp,
  expect,
  figure,
  orderIdFromUrl,
  paymentIdOf,
  paymentRow,
  summary,
  test,
  toast,
} from "./fixtures";

const refundPanel = (page: Page) => page.getByRole("dialog", { name: "Refund" });

/** Opens the refund panel from a payment row's menu, as a merchant would. */
async function refundFromRow(row: Locator) {
  await row.getByRole("button", { name: "Payment actions" }).click();
  await row.page().getByRole("menuitem", { name: "Refund" }).click();
  const drawer = refundPanel(row.page());
  await expect(drawer).toBeVisible();
  return drawer;
}

/** Opens the refund panel from the Summary's Refund link (what the customer is owed back). */
async function refundFromSummary(page: Page) {
  await summary(page).getByRole("link", { name: "Refund", exact: true }).click();
  const drawer = refundPanel(page);
  await expect(drawer).toBeVisible();
  return drawer;
}

test("#1007: 100 typed for a payment, Back, then the Summary's Refund starts from the 30.00 owed", async ({
  page,
  order,
  writes,
}) => {
  await order(1007); // 100.00 captured, an edit cut the total to 70.00: 30.00 owed back
  let drawer = await refundFromRow(paymentRow(page));
  await drawer.getByLabel("Amount", { exact: true }).fill("100");
  await expect(drawer.getByRole("button", { name: "Refund $100.00" })).toBeVisible();
  await page.goBack();
  await expect(drawer).toBeHidden();

  drawer = await refundFromSummary(page);
  await expect(drawer).toContainText("The customer is owed $30.00.");
  await expect(drawer.getByLabel("Amount", { exact: true })).toHaveValue("30.00");
  await expect(figure(drawer, "After this")).toHaveText("nothing outstanding");
  await expect(drawer.getByRole("group", { name: "Overpayment" })).toHaveCount(0);
  // One Enter refunds what is owed, not a cent more.
  await drawer.getByLabel("Amount", { exact: true }).press("Enter");
  await expect(toast(page, "Refunded $30.00.")).toBeVisible();
  await expect(figure(summary(page), "Outstanding amount")).toHaveText("$0.00");
  expect(writes.to("/refund").map((r) => r.body)).toEqual([{ amount: 30 }]);
});

test(
  "#1015: 7 and a note typed for one payment, Back, then another payment's Refund opens that payment afresh",
  { tag: "@mock" },
  async ({ page, order }) => {
    await order(1015); // two payments with money to refund: 37.50 and 15.00
    const rows = paymentRow(page);
    const rowWith = (refundable: string) =>
      rows.filter({
        has: page.getByRole("definition").filter({ hasText: new RegExp(`^${escapeRegExp(refundable)}$`) }),
      });
    const [first, second] = [rowWith("$37.50"), rowWith("$15.00")];
    const secondId = await paymentIdOf(second);

    let drawer = await refundFromRow(first);
    await drawer.getByLabel("Amount", { exact: true }).fill("7");
    await drawer.getByLabel("Note").fill("Coaster chipped");
    await page.goBack();
    await expect(drawer).toBeHidden();

    drawer = await refundFromRow(second);
    await expect(page).toHaveURL(new RegExp(`\\?payment=${escapeRegExp(secondId)}$`));
    await expect(drawer.getByLabel("Payment", { exact: true })).toHaveValue(secondId);
    await expect(drawer.getByLabel("Amount", { exact: true })).toHaveValue("15.00");
    await expect(drawer.getByLabel("Note")).toHaveValue("");
  },
);

test(
  "a 401 keeps the draft for the same way in; Back then drops it",
  { tag: "@mock" },
  async ({ page, order, writes }) => {
    await order(1007);
    const summaryWay = `/orders/${orderIdFromUrl(page)}/refund`;
    let drawer = await refundFromSummary(page);
    await drawer.getByLabel("Amount", { exact: true }).fill("45");
    await drawer.getByLabel("Note").fill("Late delivery, goodwill on top");
    await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
    await armFault(page, { route: "POST /admin/payments/*/refund", kind: "unauthorized" });
    await drawer.getByRole("button", { name: "Refund $45.00" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.getByLabel("Email").fill("admin@example.com");
    await page.getByLabel("Password").fill("supersecret");
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(summaryWay)}$`));
    drawer = refundPanel(page);
    await expect(drawer.getByLabel("Amount", { exact: true })).toHaveValue("45");
    await expect(drawer.getByLabel("Note")).toHaveValue("Late delivery, goodwill on top");
    // A yes to move money beyond what is owed is asked again, not carried through a sign-in.
    await expect(drawer.getByRole("checkbox", { name: "Yes, I mean this amount" })).not.toBeChecked();

    await page.goBack();
    await expect(drawer).toBeHidden();
    drawer = await refundFromSummary(page);
    await expect(drawer.getByLabel("Amount", { exact: true })).toHaveValue("30.00");
    await expect(drawer.getByLabel("Note")).toHaveValue("");
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    expect(writes.to("/refund")).toHaveLength(1); // the one refused with 401, nothing applied
    await expect(figure(summary(page), "Outstanding amount")).toHaveText("$30.00");
  },
);
