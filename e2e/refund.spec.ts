// Refunding captured money from the refund panel (/orders/:id/refund?payment=…).
import type { Locator, Page } from "@playwright/test";
import {
  activity,
  armFault,
  openRefund,
  escapeRegExp,
  expect,
  figure,
  orderIdFromUrl,
  orderStatus,
  paymentRow,
  paymentStatus,
  summary,
  test,
  toast,
} from "./fixtures";

/** Opens the refund panel from a payment's row menu, as a merchant would. */
async function openRefundFromRow(page: Page) {
  const opened = await openRefund(page);
  await expect(page).toHaveURL(
    new RegExp(`/orders/${escapeRegExp(orderIdFromUrl(page))}/refund\\?payment=${escapeRegExp(opened.paymentId)}$`),
  );
  return opened;
}

/** Ticks the second yes that a refund beyond what the customer is owed back needs. */
async function confirmOverpay(drawer: Locator) {
  await drawer.getByRole("checkbox", { name: "Yes, I mean this amount" }).check();
}

test.describe("refund a payment", () => {
  test("refunds part with a reason and a note, then the rest with Max", async ({ page, order, writes }) => {
    await order(1003); // 89.90 captured, nothing refunded
    const orderId = orderIdFromUrl(page);
    const { row, drawer, paymentId } = await openRefundFromRow(page);

    await drawer.getByLabel("Amount", { exact: true }).fill("15");
    await drawer.getByLabel("Reason").selectOption({ label: "Shipping Issue" });
    await drawer.getByLabel("Note").fill("Parcel arrived two weeks late");
    // Nothing is owed back on #1003: any refund goes beyond the balance and needs a second yes.
    await confirmOverpay(drawer);
    await drawer.getByRole("button", { name: "Refund $15.00" }).click();

    await expect(toast(page, "Refunded $15.00.")).toBeVisible();
    await expect(drawer).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/orders/${escapeRegExp(orderId)}$`));

    // Listed under the payment, with its reason and note.
    const refunds = row.getByRole("list");
    await expect(row.getByRole("heading", { name: "Refunds" })).toBeVisible();
    await expect(refunds.getByRole("listitem")).toHaveCount(1);
    await expect(refunds.getByRole("listitem")).toContainText("Shipping Issue");
    await expect(refunds.getByRole("listitem")).toContainText("“Parcel arrived two weeks late”");
    await expect(refunds.getByRole("listitem")).toContainText("−$15.00");
    await expect(figure(row, "Refunded")).toHaveText("$15.00");
    await expect(figure(row, "Refundable")).toHaveText("$74.90");
    await expect(paymentStatus(row, "Partially refunded")).toBeVisible();
    await expect(orderStatus(page, "Partially refunded")).toBeVisible();
    await expect(figure(summary(page), "Refunded")).toHaveText("$15.00");

    // And in the order's activity.
    const refundEvent = activity(page).getByRole("listitem").filter({ hasText: "Refunded" });
    await expect(refundEvent).toHaveCount(1);
    await expect(refundEvent).toContainText("−$15.00");
    await expect(refundEvent).toContainText("Shipping Issue · “Parcel arrived two weeks late”");

    // The rest, with Max.
    await openRefundFromRow(page);
    const amount = drawer.getByLabel("Amount", { exact: true });
    await amount.fill("");
    await expect(drawer.getByRole("button", { name: "Refund", exact: true })).toBeVisible();
    await drawer.getByRole("button", { name: "Refund the maximum, $74.90" }).click();
    await expect(amount).toHaveValue("74.90");
    await confirmOverpay(drawer);
    await drawer.getByRole("button", { name: "Refund $74.90" }).click();

    await expect(toast(page, "Refunded $74.90.")).toBeVisible();
    await expect(drawer).toBeHidden();
    await expect(orderStatus(page, "Refunded")).toBeVisible();
    await expect(paymentStatus(row, "Refunded")).toBeVisible();
    await expect(refunds.getByRole("listitem")).toHaveCount(2);
    await expect(figure(row, "Refunded")).toHaveText("$89.90");
    await expect(figure(row, "Refundable")).toHaveText("$0.00");
    await expect(figure(summary(page), "Refunded")).toHaveText("$89.90");
    await expect(activity(page).getByRole("listitem").filter({ hasText: "Refunded" })).toHaveCount(2);

    // Nothing is left to refund on this payment.
    await row.getByRole("button", { name: "Payment actions" }).click();
    await expect(page.getByRole("menuitem", { name: "Refund" })).toBeDisabled();
    await page.keyboard.press("Escape");

    expect(writes.to("/refund")).toEqual([
      {
        method: "POST",
        path: `/admin/payments/${paymentId}/refund`,
        body: { amount: 15, refund_reason_id: expect.stringMatching(/^refr_/), note: "Parcel arrived two weeks late" },
      },
      { method: "POST", path: `/admin/payments/${paymentId}/refund`, body: { amount: 74.9 } },
    ]);
  });

  test("blocks a refund above what is refundable at the field, keeping the text and sending nothing", async ({
    page,
    order,
    writes,
  }) => {
    await order(1004); // 75.50 captured, 20.00 refunded: 55.50 refundable
    await expect(figure(paymentRow(page), "Refundable")).toHaveText("$55.50");
    const { row, drawer } = await openRefundFromRow(page);
    const amount = drawer.getByLabel("Amount", { exact: true });

    await amount.fill("1000");
    await drawer.getByRole("button", { name: "Refund $1,000.00" }).click();
    await expect(drawer.getByText("You can refund at most $55.50.")).toBeVisible();
    await expect(amount).toHaveAccessibleDescription(/You can refund at most \$55\.50\./);
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    await expect(amount).toHaveValue("1000");
    await expect(drawer).toBeVisible();

    // One cent over: the mock server, like Medusa, would let this through, so the form must not.
    await amount.fill("55.51");
    await drawer.getByRole("button", { name: "Refund $55.51" }).click();
    await expect(drawer.getByText("You can refund at most $55.50.")).toBeVisible();
    await expect(amount).toHaveValue("55.51");
    await expect(drawer).toBeVisible();

    expect(writes.to("/refund")).toHaveLength(0);
    // The figures behind the panel are as they were.
    await drawer.getByRole("button", { name: "Cancel" }).click();
    await expect(drawer).toBeHidden();
    expect(writes.to("/refund")).toHaveLength(0);
    await expect(figure(row, "Refunded")).toHaveText("$20.00");
    await expect(figure(row, "Refundable")).toHaveText("$55.50");
  });

  test("reads a decimal comma: 6,95 refunds $6.95", async ({ page, order }) => {
    await order(1003);
    const { row, drawer } = await openRefundFromRow(page);
    const amount = drawer.getByLabel("Amount", { exact: true });
    await amount.fill("");
    await amount.pressSequentially("6,95");
    await expect(amount).toHaveValue("6,95");

    await confirmOverpay(drawer);
    const sent = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname.endsWith("/refund"));
    await drawer.getByRole("button", { name: "Refund $6.95" }).click();
    expect((await sent).postDataJSON()).toEqual({ amount: 6.95 });

    await expect(toast(page, "Refunded $6.95.")).toBeVisible();
    await expect(figure(row, "Refunded")).toHaveText("$6.95");
    await expect(figure(row, "Refundable")).toHaveText("$82.95");
  });

  test("refunds what the customer is owed from the Summary's negative outstanding amount", async ({
    page,
    order,
    writes,
  }) => {
    await order(1007); // an edit removed items: the customer is owed 30.00 back
    const box = summary(page);
    await expect(figure(box, "Outstanding amount")).toHaveText("$30.00");
    await expect(box.getByText("To refund to the customer.")).toBeVisible();

    await box.getByRole("link", { name: "Refund", exact: true }).click();
    const drawer = page.getByRole("dialog", { name: "Refund" });
    await expect(drawer).toContainText("The customer is owed $30.00.");
    await expect(drawer.getByLabel("Amount", { exact: true })).toHaveValue("30.00");
    await drawer.getByRole("button", { name: "Refund $30.00" }).click();

    await expect(toast(page, "Refunded $30.00.")).toBeVisible();
    await expect(drawer).toBeHidden();
    await expect(figure(box, "Outstanding amount")).toHaveText("$0.00");
    await expect(box.getByText("Nothing is outstanding.")).toBeVisible();
    await expect(box.getByRole("link", { name: "Refund", exact: true })).toHaveCount(0);
    expect(writes.to("/refund").map((r) => r.body)).toEqual([{ amount: 30 }]);
  });

  test("Back closes the panel and Forward opens it again, the order page staying put", async ({
    page,
    order,
    writes,
  }) => {
    await order(1003);
    const { drawer } = await openRefundFromRow(page);
    await page.goBack();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: /^Order #/ })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole("dialog", { name: "Refund" }).getByLabel("Amount", { exact: true })).toHaveValue(
      "89.90",
    );
    expect(writes.to("/refund")).toEqual([]);
  });
});

test.describe("refund beyond the balance", () => {
  test("#1007: refunding $100 where $30 is owed cannot happen with one Enter; it needs the tick, then goes through", async ({
    page,
    order,
    writes,
  }) => {
    await order(1007); // 100.00 captured, an edit cut the total to 70.00: 30.00 owed back
    const box = summary(page);
    await box.getByRole("link", { name: "Refund", exact: true }).click();
    const drawer = page.getByRole("dialog", { name: "Refund" });
    const amount = drawer.getByLabel("Amount", { exact: true });
    await expect(figure(drawer, "Outstanding now")).toHaveText("$30.00 owed to the customer");
    await expect(figure(drawer, "After this")).toHaveText("nothing outstanding");

    await amount.fill("100");
    await expect(drawer.getByRole("button", { name: "Refund $100.00" })).toBeVisible();
    const overpay = drawer.getByRole("group", { name: "Overpayment" });
    await expect(overpay).toContainText("This refunds $70.00 more than the customer is owed.");
    await expect(overpay).toContainText("credit on the order");
    await amount.press("Enter");
    await expect(overpay.getByText("Tick the box to refund the extra $70.00, or lower the amount.")).toBeVisible();
    const tick = overpay.getByRole("checkbox", { name: "Yes, I mean this amount" });
    await expect(tick).toBeFocused();
    expect(writes.to("/refund")).toEqual([]);

    await tick.check();
    await amount.press("Enter");
    await expect(toast(page, "Refunded $100.00.")).toBeVisible();
    await expect(drawer).toBeHidden();
    await expect(figure(box, "Outstanding amount")).toHaveText("$0.00");
    expect(writes.to("/refund").map((r) => r.body)).toEqual([{ amount: 100 }]);
  });

  test("changing the amount takes the tick away", async ({ page, order }) => {
    await order(1007);
    await summary(page).getByRole("link", { name: "Refund", exact: true }).click();
    const drawer = page.getByRole("dialog", { name: "Refund" });
    await drawer.getByLabel("Amount", { exact: true }).fill("50");
    const tick = drawer.getByRole("checkbox", { name: "Yes, I mean this amount" });
    await tick.check();
    await drawer.getByLabel("Amount", { exact: true }).fill("60");
    await expect(drawer.getByRole("group", { name: "Overpayment" })).toContainText(
      "This refunds $30.00 more than the customer is owed.",
    );
    await expect(tick).not.toBeChecked();
  });

  test(
    "says nothing was refunded when the server refuses the refund",
    { tag: "@mock" },
    async ({ page, order, writes }) => {
      await order(1007);
      await armFault(page, {
        route: "POST /admin/payments/*/refund",
        status: 400,
        body: { type: "invalid_data", message: "The payment provider declined the refund." },
      });
      await summary(page).getByRole("link", { name: "Refund", exact: true }).click();
      const drawer = page.getByRole("dialog", { name: "Refund" });
      await drawer.getByRole("button", { name: "Refund $30.00" }).click();
      await expect(drawer.getByRole("alert")).toHaveText(
        "Nothing was refunded. The server said: The payment provider declined the refund.",
      );
      expect(writes.to("/refund")).toHaveLength(1);
      await drawer.getByRole("button", { name: "Cancel" }).click();
      await expect(drawer).toBeHidden();
      await expect(figure(summary(page), "Outstanding amount")).toHaveText("$30.00");
    },
  );
});
