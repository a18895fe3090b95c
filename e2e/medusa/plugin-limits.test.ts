// The plugin's exact limits on a real Medusa (plugin/src/money-moves): a refund above what is left
// to refund on the payment, and a capture or mark-as-paid on a canceled order, are refused with
// Medusa's own 400 shape. On a store without the plugin (state `plugin: false`) the same calls
// show what Medusa lets through alone. Each check places its own orders.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { newOrder, readState, signIn } from "./money-api";

const STATE = readState();
const PLUGIN = STATE.plugin !== false;
const SLOW = { timeout: 180_000 };
const amounts = (rows: { amount: number }[]) => rows.map((r) => r.amount);

let admin: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  admin = await signIn(STATE);
});

describe(`Exact limits on money moves (${PLUGIN ? "with" : "without"} the plugin)`, () => {
  it("refuses a refund one cent over what is left, and stores the refusal under its key", SLOW, async () => {
    // 2 x 25 + 10 shipping, all captured, 20 refunded: 40.00 left to refund.
    const { paymentId } = await newOrder(STATE, [["Analytical Notebook", 2]], [["capture"]]);
    await admin.post(`/admin/payments/${paymentId}/refund`, { amount: 20 });
    const key = `money-check-${randomUUID()}`;
    const over = await admin.post(`/admin/payments/${paymentId}/refund`, { amount: 40.01 }, key);
    const again = await admin.post(`/admin/payments/${paymentId}/refund`, { amount: 40.01 }, key);
    const { refunds } = await admin.payment(paymentId);
    if (PLUGIN) {
      const refusal = {
        type: "invalid_data",
        message: "Refund amount 40.01 is more than the 40.00 left to refund on this payment.",
      };
      expect([over.status, over.body]).toEqual([400, refusal]);
      expect([again.status, again.body, again.replayed]).toEqual([400, refusal, "true"]);
      expect(amounts(refunds)).toEqual([20]);
    } else {
      // Medusa tolerates one minor unit over, and a key does not stop the second refund.
      expect(over.status).toBe(200);
      expect(amounts(refunds)).toContain(40.01);
    }
  });

  it("lets a refund of exactly what is left through", SLOW, async () => {
    const { paymentId } = await newOrder(STATE, [["Analytical Notebook", 2]], [["capture"]]);
    await admin.post(`/admin/payments/${paymentId}/refund`, { amount: 20 });
    const rest = await admin.post(`/admin/payments/${paymentId}/refund`, { amount: 40 });
    expect(rest.status).toBe(200);
    expect(amounts((await admin.payment(paymentId)).refunds).sort()).toEqual([20, 40]);
  });

  it("refuses a capture on a canceled order", SLOW, async () => {
    // Capture 25 of 60, then cancel: Medusa refunds the 25 and leaves 35 authorized.
    const { paymentId } = await newOrder(STATE, [["Analytical Notebook", 2]], [["capture", 25], ["cancel"]]);
    const capture = await admin.post(`/admin/payments/${paymentId}/capture`, { amount: 35 });
    const { captures } = await admin.payment(paymentId);
    if (PLUGIN) {
      expect([capture.status, capture.body]).toEqual([
        400,
        { type: "invalid_data", message: "This order is canceled: nothing can be captured." },
      ]);
      expect(amounts(captures)).toEqual([25]);
    } else {
      expect(capture.status).toBe(200);
      expect(amounts(captures).sort()).toEqual([25, 35]);
    }
  });

  it("refuses a mark-as-paid on a canceled order, the same again under its key", SLOW, async () => {
    const { orderId } = await newOrder(STATE, [["Analytical Notebook", 2]], [["capture", 25], ["cancel"]]);
    // Medusa lets an admin add a new payment collection to a canceled order.
    const created = await admin.post("/admin/payment-collections", { order_id: orderId, amount: 10 });
    expect(created.status).toBe(200);
    const collectionId = created.body.payment_collection.id as string;
    const path = `/admin/payment-collections/${collectionId}/mark-as-paid`;
    const key = `money-check-${randomUUID()}`;
    const mark = await admin.post(path, { order_id: orderId }, key);
    const again = await admin.post(path, { order_id: orderId }, key);
    const { order } = await admin.get(`/admin/orders/${orderId}?fields=id,*payment_collections`);
    const collection = order.payment_collections.find((c: { id: string }) => c.id === collectionId);
    if (PLUGIN) {
      expect([mark.status, mark.body]).toEqual([
        400,
        { type: "invalid_data", message: "This order is canceled: nothing can be marked as paid." },
      ]);
      expect([again.status, again.text, again.replayed]).toEqual([400, mark.text, "true"]);
      expect(collection.status).toBe("not_paid");
    } else {
      expect(mark.status).toBe(200);
      expect(again.replayed).toBeNull();
      expect(collection.status).toBe("completed");
    }
  });
});
