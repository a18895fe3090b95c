import { describe, expect, it } from "vitest";
import type { Payment, PaymentCollection } from "./mappers";
import {
  allPayments,
  figuresInOrder,
  figuresOf,
  paymentFigures,
  refundablePayments,
  unpaidCollection,
} from "./payment-figures";
import { orderWith } from "@/test/builders";

// Amounts are minor units throughout: 6000 is $60.00.
const T0 = "2026-10-01T10:00:00.000Z";
let seq = 0;

function payment(over: Partial<Payment> = {}): Payment {
  seq += 1;
  return {
    id: `pay_${seq}`,
    collectionId: "pay_col_1",
    sessionId: null,
    provider: "pp_stripe_stripe",
    amount: 6000,
    currency: "usd",
    createdAt: T0,
    capturedAt: null,
    canceledAt: null,
    captures: [],
    refunds: [],
    ...over,
  };
}
const captures = (...amounts: number[]) => amounts.map((amount, i) => ({ id: `capt_${i}`, amount, createdAt: T0 }));
const refunds = (...amounts: number[]) =>
  amounts.map((amount, i) => ({ id: `ref_${i}`, amount, note: null, reason: null, createdAt: T0 }));

function collection(over: Partial<PaymentCollection> = {}): PaymentCollection {
  return { id: "pay_col_1", status: "authorized", amount: 6000, createdAt: T0, payments: [], ...over };
}

const order = (collections: PaymentCollection[]) => orderWith(collections, T0);

describe("paymentFigures", () => {
  it.each([
    {
      name: "authorized, nothing captured",
      p: payment({ amount: 6000 }),
      want: { captured: 0, refunded: 0, refundable: 0, capturable: 6000, state: "authorized" },
    },
    {
      name: "partially captured",
      p: payment({ amount: 12000, captures: captures(5000) }),
      want: { captured: 5000, refunded: 0, refundable: 5000, capturable: 7000, state: "partially_captured" },
    },
    {
      name: "captured in two steps, not yet marked captured_at",
      p: payment({ amount: 12000, captures: captures(5000, 7000) }),
      want: { captured: 12000, refunded: 0, refundable: 12000, capturable: 0, state: "captured" },
    },
    {
      name: "fully captured",
      p: payment({ amount: 8990, capturedAt: T0, captures: captures(8990) }),
      want: { captured: 8990, refunded: 0, refundable: 8990, capturable: 0, state: "captured" },
    },
    {
      name: "partially refunded",
      p: payment({ amount: 7550, capturedAt: T0, captures: captures(7550), refunds: refunds(2000) }),
      want: { captured: 7550, refunded: 2000, refundable: 5550, capturable: 0, state: "partially_refunded" },
    },
    {
      name: "refunded in two steps",
      p: payment({ amount: 3499, capturedAt: T0, captures: captures(3499), refunds: refunds(1000, 2499) }),
      want: { captured: 3499, refunded: 3499, refundable: 0, capturable: 0, state: "refunded" },
    },
    {
      name: "canceled before any capture",
      p: payment({ amount: 2499, canceledAt: T0 }),
      want: { captured: 0, refunded: 0, refundable: 0, capturable: 0, state: "canceled" },
    },
    {
      name: "captured_at set although no captures were listed",
      p: payment({ amount: 6000, capturedAt: T0 }),
      want: { captured: 0, refunded: 0, refundable: 0, capturable: 0, state: "captured" },
    },
    {
      name: "partially captured, then partially refunded",
      p: payment({ amount: 12000, captures: captures(5000), refunds: refunds(1000) }),
      want: { captured: 5000, refunded: 1000, refundable: 4000, capturable: 7000, state: "partially_refunded" },
    },
  ])("$name", ({ p, want }) => {
    expect(paymentFigures(p)).toEqual(want);
  });

  it("refundable is exactly captured minus refunded, to the minor unit", () => {
    // 0.10 + 0.20 captured, 0.15 refunded: floating point would give 0.15000000000000002.
    const p = payment({ amount: 30, captures: captures(10, 20), refunds: refunds(15) });
    expect(paymentFigures(p).refundable).toBe(15);

    const onePennyLeft = payment({ amount: 8990, capturedAt: T0, captures: captures(8990), refunds: refunds(8989) });
    expect(paymentFigures(onePennyLeft)).toMatchObject({ refundable: 1, state: "partially_refunded" });
  });

  it("refundable never goes below zero, even when the server let a refund exceed the capture", () => {
    // Medusa accepts a refund one minor unit above what was captured.
    const p = payment({ amount: 8990, capturedAt: T0, captures: captures(8990), refunds: refunds(8991) });
    expect(paymentFigures(p)).toMatchObject({ captured: 8990, refunded: 8991, refundable: 0, state: "refunded" });
  });

  it("a canceled payment is canceled whatever else it carries", () => {
    const p = payment({ amount: 5000, canceledAt: T0, captures: captures(1000) });
    expect(paymentFigures(p)).toMatchObject({ state: "canceled", capturable: 0 });
  });

  it("works in currencies without and with three decimals", () => {
    const yen = payment({
      amount: 11600,
      currency: "jpy",
      capturedAt: T0,
      captures: captures(11600),
      refunds: refunds(1800),
    });
    expect(paymentFigures(yen)).toMatchObject({ refundable: 9800, state: "partially_refunded" });
    const kwd = payment({ amount: 15095, currency: "kwd" });
    expect(paymentFigures(kwd)).toMatchObject({ capturable: 15095, state: "authorized" });
  });
});

describe("order-level helpers", () => {
  const authorized = payment({ amount: 6000 });
  const partCaptured = payment({ amount: 12000, captures: captures(5000) });
  const refunded = payment({ amount: 3000, capturedAt: T0, captures: captures(3000), refunds: refunds(3000) });
  const canceled = payment({ amount: 3000, canceledAt: T0 });

  it("allPayments flattens every collection in order", () => {
    const o = order([
      collection({ payments: [authorized, partCaptured] }),
      collection({ id: "c2", payments: [refunded] }),
    ]);
    expect(allPayments(o).map((p) => p.id)).toEqual([authorized.id, partCaptured.id, refunded.id]);
  });

  it("refundablePayments keeps only payments with captured money left", () => {
    const o = order([collection({ payments: [authorized, partCaptured, refunded, canceled] })]);
    expect(refundablePayments(o).map((p) => p.id)).toEqual([partCaptured.id]);
  });

  it("unpaidCollection finds the not_paid collection", () => {
    const unpaid = collection({ id: "c_unpaid", status: "not_paid", amount: 2500 });
    expect(unpaidCollection(order([collection({ status: "completed" }), unpaid]))).toBe(unpaid);
    expect(unpaidCollection(order([collection({ status: "awaiting" })]))).toBeUndefined();
  });

  it("a canceled order takes no new money: what is left to capture is held, not capturable", () => {
    const partly = payment({ amount: 6000, captures: captures(2500), refunds: refunds(2500) });
    const o = { ...order([collection({ status: "canceled", payments: [partly] })]), status: "canceled" as const };
    expect(figuresInOrder(o, partly)).toMatchObject({ capturable: 0, held: 3500, refundable: 0, state: "refunded" });
    expect(figuresOf(o, partly.id)).toMatchObject({ capturable: 0, held: 3500 });
  });

  it("a canceled collection takes no new money either, while refunds stay possible", () => {
    const partly = payment({ amount: 6000, captures: captures(2500) });
    const o = order([collection({ status: "canceled", payments: [partly] })]);
    expect(figuresInOrder(o, partly)).toMatchObject({ capturable: 0, held: 3500, refundable: 2500 });
  });

  it("an open order's payment keeps what is left to capture", () => {
    const partly = payment({ amount: 6000, captures: captures(2500) });
    const o = order([collection({ payments: [partly] })]);
    expect(figuresInOrder(o, partly)).toMatchObject({ capturable: 3500, held: 0 });
    expect(figuresOf(o, "pay_gone")).toMatchObject({ capturable: 0, refundable: 0, held: 0, state: "canceled" });
  });
});
