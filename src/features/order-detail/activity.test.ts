import { describe, expect, it } from "vitest";
import type { Order, Payment, PaymentCollection } from "@/api/mappers";
import { orderActivity } from "./activity";
import { orderWith } from "@/test/builders";

const ORDER_AT = "2026-10-01T09:00:00.000Z";
/** An ISO time a number of seconds after the order was placed. */
const at = (seconds: number) => new Date(Date.parse(ORDER_AT) + seconds * 1000).toISOString();

function payment(over: Partial<Payment> = {}): Payment {
  return {
    id: "pay_A",
    collectionId: "col_A",
    sessionId: null,
    provider: "pp_stripe_stripe",
    amount: 6000,
    currency: "usd",
    createdAt: at(0),
    capturedAt: null,
    canceledAt: null,
    captures: [],
    refunds: [],
    ...over,
  };
}

function collection(payments: Payment[], over: Partial<PaymentCollection> = {}): PaymentCollection {
  return { id: "col_A", status: "authorized", amount: 6000, createdAt: ORDER_AT, payments, ...over };
}

const order = (collections: PaymentCollection[]) => orderWith(collections, ORDER_AT);

const brief = (o: Order) =>
  orderActivity(o).map(({ title, amount, detail }) => (detail ? { title, amount, detail } : { title, amount }));

describe("orderActivity", () => {
  it("is empty for an order without payments", () => {
    expect(orderActivity(order([collection([], { status: "not_paid" })]))).toEqual([]);
  });

  it("records an authorization at the payment's creation time", () => {
    const events = orderActivity(order([collection([payment({ id: "pay_A", amount: 6000, createdAt: at(5) })])]));
    expect(events).toEqual([{ id: "pay_A-auth", at: at(5), title: "Payment authorized", amount: 6000 }]);
  });

  it("records each capture with its own amount and time", () => {
    const p = payment({
      amount: 12000,
      captures: [
        { id: "capt_1", amount: 5000, createdAt: at(3600) },
        { id: "capt_2", amount: 7000, createdAt: at(7200) },
      ],
    });
    expect(orderActivity(order([collection([p])]))).toEqual([
      { id: "pay_A-auth", at: at(0), title: "Payment authorized", amount: 12000 },
      { id: "capt_1", at: at(3600), title: "Payment captured", amount: 5000 },
      { id: "capt_2", at: at(7200), title: "Payment captured", amount: 7000 },
    ]);
  });

  it("records refunds as negative amounts with their reason and note", () => {
    const p = payment({
      amount: 7550,
      captures: [{ id: "capt_1", amount: 7550, createdAt: at(60) }],
      refunds: [
        { id: "ref_1", amount: 2000, reason: "Shipping Issue", note: "Poster arrived creased", createdAt: at(120) },
        { id: "ref_2", amount: 500, reason: null, note: null, createdAt: at(180) },
        { id: "ref_3", amount: 250, reason: "Pricing Error", note: null, createdAt: at(240) },
        { id: "ref_4", amount: 100, reason: null, note: "Goodwill", createdAt: at(300) },
      ],
    });
    const refundEvents = orderActivity(order([collection([p])])).filter((e) => e.title === "Refunded");
    expect(refundEvents).toEqual([
      {
        id: "ref_1",
        at: at(120),
        title: "Refunded",
        amount: -2000,
        detail: "Shipping Issue · “Poster arrived creased”",
      },
      { id: "ref_2", at: at(180), title: "Refunded", amount: -500, detail: "No reason given" },
      { id: "ref_3", at: at(240), title: "Refunded", amount: -250, detail: "Pricing Error" },
      { id: "ref_4", at: at(300), title: "Refunded", amount: -100, detail: "No reason given · “Goodwill”" },
    ]);
  });

  it.each([
    // Medusa's own mark-as-paid looks the same as a capture made at once: only the order's metadata tells.
    ["captured in full the moment it was created", { captures: [{ id: "c", amount: 2500, createdAt: at(0) }] }],
    ["captured only in part", { captures: [{ id: "c", amount: 2000, createdAt: at(0) }] }],
    [
      "captured through a real provider",
      { provider: "pp_stripe_stripe", captures: [{ id: "c", amount: 2500, createdAt: at(0) }] },
    ],
  ])("does not call a payment marked as paid when %s", (_name, over: Partial<Payment>) => {
    const p = payment({ provider: "pp_system_default", amount: 2500, createdAt: at(0), ...over });
    const titles = orderActivity(order([collection([p])])).map((e) => e.title);
    expect(titles).toEqual(["Payment authorized", "Payment captured"]);
  });

  it("records a canceled payment at its cancel time", () => {
    const p = payment({ id: "pay_C", amount: 2499, createdAt: at(0), canceledAt: at(600) });
    expect(orderActivity(order([collection([p], { status: "canceled" })]))).toEqual([
      { id: "pay_C-auth", at: at(0), title: "Payment authorized", amount: 2499 },
      { id: "pay_C-cancel", at: at(600), title: "Payment canceled", amount: 2499 },
    ]);
  });

  it("records a later request for more money until a payment arrives", () => {
    const requested = collection([], { id: "col_R", status: "not_paid", amount: 2500, createdAt: at(3600) });
    const events = orderActivity(order([collection([payment()]), requested]));
    expect(events.at(-1)).toEqual({
      id: "col_R-req",
      at: at(3600),
      title: "Additional payment requested",
      amount: 2500,
    });
  });

  it("skips captures and refunds that carry no time", () => {
    const p = payment({
      captures: [{ id: "capt_1", amount: 6000, createdAt: null }],
      refunds: [{ id: "ref_1", amount: 100, reason: null, note: null, createdAt: null }],
    });
    expect(brief(order([collection([p])]))).toEqual([{ title: "Payment authorized", amount: 6000 }]);
  });

  it("puts every event of every collection in time order", () => {
    const first = payment({
      id: "pay_1",
      amount: 5000,
      createdAt: at(0),
      captures: [{ id: "capt_1", amount: 5000, createdAt: at(300) }],
      refunds: [{ id: "ref_1", amount: 1250, reason: "Pricing Error", note: "Coaster chipped", createdAt: at(900) }],
    });
    const second = payment({ id: "pay_2", amount: 3000, createdAt: at(10), canceledAt: at(600) });
    const paid = payment({
      id: "pay_3",
      provider: "pp_system_default",
      amount: 1500,
      createdAt: at(1200),
      capturedAt: at(1200),
      captures: [{ id: "capt_3", amount: 1500, createdAt: at(1200) }],
    });
    const o = order([
      collection([first, second], { amount: 8000 }),
      collection([paid], { id: "col_B", status: "completed", amount: 1500, createdAt: at(1100) }),
    ]);
    o.manualPayments = { pay_3: { method: "cash", reference: "" } }; // recorded here: one event
    const events = orderActivity(o);
    expect(events.map((e) => e.id)).toEqual([
      "pay_1-auth",
      "pay_2-auth",
      "capt_1",
      "pay_2-cancel",
      "ref_1",
      "pay_3-paid",
    ]);
    const times = events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe("orderActivity: a payment recorded here", () => {
  it("says how it was received, where the order's metadata keeps it", () => {
    const paid = payment({
      id: "pay_R",
      provider: "pp_system_default",
      amount: 1000,
      createdAt: at(600),
      capturedAt: at(600),
      captures: [{ id: "capt_R", amount: 1000, createdAt: at(600) }],
    });
    const o = order([collection([paid], { id: "col_R", status: "completed", amount: 1000 })]);
    o.manualPayments = { pay_R: { method: "bank_transfer", reference: "TRX-7" } };
    expect(brief(o)).toEqual([{ title: "Marked as paid", amount: 1000, detail: "Bank transfer, reference TRX-7" }]);
  });
});
