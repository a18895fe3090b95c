// The order's items, cancellation and staff ids at the API boundary: decimals become integer
// minor units once, and what the server left out reads as absent rather than as zero or a guess.
import { describe, expect, it } from "vitest";
import { toOrder, toPayment } from "./mappers";
import { orderSchema, type ApiOrder } from "./schemas";

const base = {
  id: "order_1",
  display_id: 1,
  created_at: "2026-10-01T09:00:00.000Z",
  currency_code: "kwd",
  status: "canceled",
  payment_status: "refunded",
  total: 0,
  summary: {
    paid_total: 0,
    refunded_total: 0,
    transaction_total: 0,
    pending_difference: 0,
    current_order_total: 0,
    original_order_total: 0,
  },
};

const order = (extra: object) => toOrder(orderSchema.parse({ ...base, ...extra }) as ApiOrder);

describe("toOrder: items", () => {
  it("takes title, variant, quantity, unit price and line total in minor units (KWD: 3 digits)", () => {
    const { items } = order({
      items: [
        {
          id: "ordli_1",
          title: "Oud Candle",
          variant_title: "Large",
          quantity: 3,
          unit_price: 12.345,
          subtotal: 37.035,
          detail: { return_requested_quantity: 1, return_received_quantity: 1 },
        },
      ],
    });
    expect(items).toEqual([
      {
        id: "ordli_1",
        title: "Oud Candle",
        variant: "Large",
        quantity: 3,
        unitPrice: 12345,
        lineTotal: 37035,
        returnRequested: 1,
        returned: 1,
      },
    ]);
  });

  it("multiplies in minor units when the server sent no subtotal, and reads missing returns as none", () => {
    const [item] = order({ items: [{ id: "ordli_2", title: "Tee", quantity: 3, unit_price: 0.1 }] }).items;
    expect(item).toMatchObject({ variant: null, unitPrice: 100, lineTotal: 300, returned: 0, returnRequested: 0 });
  });

  it("has no items and no cancellation when the server sent none", () => {
    expect(order({})).toMatchObject({ items: [], canceledAt: null });
    expect(order({ canceled_at: "2026-10-02T09:00:00.000Z" }).canceledAt).toBe("2026-10-02T09:00:00.000Z");
  });

  it("refuses an item without a quantity (Medusa leaves it out unless the order's totals are asked for)", () => {
    expect(() => orderSchema.parse({ ...base, items: [{ id: "ordli_3", title: "Tee", unit_price: 1 }] })).toThrow();
  });
});

describe("toPayment: who captured and refunded", () => {
  it("keeps the staff user's id, or null where none was recorded", () => {
    const p = toPayment({
      id: "pay_1",
      amount: 10,
      currency_code: "usd",
      captures: [
        { id: "capt_1", amount: 10, created_by: "user_1" },
        { id: "capt_2", amount: 0.5 },
      ],
      refunds: [{ id: "ref_1", amount: 1, created_by: null }],
    });
    expect(p.captures.map((c) => c.by)).toEqual(["user_1", null]);
    expect(p.refunds.map((r) => r.by)).toEqual([null]);
  });
});
