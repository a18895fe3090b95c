import { describe, expect, it } from "vitest";
import { orderWith, paymentOf } from "@/test/builders";
import type { Order, Payment, PaymentCollection } from "./mappers";
import { orderBalance, requestedTotal } from "./order-balance";

// Minor units: 6000 is $60.00.
const T0 = "2026-10-01T10:00:00.000Z";

function payment(collectionId: string, amount: number, captured = 0, refunded = 0, canceled = false): Payment {
  return paymentOf(amount, { collectionId, captured, refunded, canceled });
}

function collection(id: string, status: string, amount: number, payments: Payment[] = []): PaymentCollection {
  return { id, status, amount, createdAt: T0, payments };
}

/** An order whose server figures say `pendingDifference` is outstanding. */
function order(collections: PaymentCollection[], pendingDifference: number, status: Order["status"] = "pending") {
  const o = orderWith(collections, T0);
  return { ...o, status, summary: { ...o.summary, pendingDifference } };
}

describe("orderBalance", () => {
  it("an authorized order: the whole outstanding amount is settled by a capture", () => {
    const b = orderBalance(order([collection("c1", "authorized", 6000, [payment("c1", 6000)])], 6000));
    expect(b).toMatchObject({ toCollect: 6000, capturable: 6000, held: 0, requests: [] });
    expect(b.covers).toEqual([{ kind: "capture", amount: 6000 }]);
    expect(b.beyond).toEqual({ capture: 0, requests: [] });
  });

  it("an order edit's request: settled by the customer paying it", () => {
    const b = orderBalance(
      order(
        [collection("c1", "completed", 6000, [payment("c1", 6000, 6000)]), collection("c2", "not_paid", 2500)],
        2500,
      ),
    );
    expect(b.covers).toEqual([
      { kind: "request", amount: 2500, request: { collectionId: "c2", status: "not_paid", amount: 2500, since: T0 } },
    ]);
    expect(requestedTotal(b)).toBe(2500);
  });

  it("an authorization and a request beyond the total (#1014): the capture settles it, the request is extra", () => {
    const b = orderBalance(
      order([collection("c1", "authorized", 6000, [payment("c1", 6000)]), collection("c2", "not_paid", 1500)], 6000),
    );
    expect(b.covers).toEqual([{ kind: "capture", amount: 6000 }]);
    expect(b.beyond.requests).toEqual([{ amount: 1500, request: expect.objectContaining({ collectionId: "c2" }) }]);
    expect(b.capturable + requestedTotal(b)).toBe(7500);
  });

  it("awaiting and bank-step collections are requests the customer is working on", () => {
    for (const status of ["awaiting", "requires_action"] as const) {
      const b = orderBalance(order([collection("c1", status, 5500)], 5500));
      expect(b.covers).toEqual([{ kind: "request", amount: 5500, request: expect.objectContaining({ status }) }]);
    }
  });

  it("names what nothing settles", () => {
    const b = orderBalance(order([collection("c1", "completed", 6000, [payment("c1", 6000, 6000)])], 1000));
    expect(b.covers).toEqual([{ kind: "uncovered", amount: 1000 }]);
  });

  it("a part captured order with a partial request: the capture first, then the request", () => {
    const b = orderBalance(
      order(
        [collection("c1", "authorized", 12000, [payment("c1", 12000, 5000)]), collection("c2", "not_paid", 2500)],
        9000,
      ),
    );
    expect(b.covers.map((c) => [c.kind, c.amount])).toEqual([
      ["capture", 7000],
      ["request", 2000],
    ]);
    expect(b.beyond.requests.map((r) => r.amount)).toEqual([500]);
  });

  it("a canceled order collects nothing: what is still authorized is held, not capturable", () => {
    // Medusa refunded the $25.00 captured, left $35.00 authorized and still reports $35.00 outstanding.
    const b = orderBalance(
      order([collection("c1", "canceled", 6000, [payment("c1", 6000, 2500, 2500)])], 3500, "canceled"),
    );
    expect(b).toMatchObject({
      canceled: true,
      outstanding: 3500,
      toCollect: 0,
      toRefund: 0,
      capturable: 0,
      held: 3500,
    });
    expect(b.covers).toEqual([]);
  });

  it("a canceled order still owes back what the customer overpaid", () => {
    const b = orderBalance(order([collection("c1", "canceled", 6000, [payment("c1", 6000, 6000)])], -2000, "canceled"));
    expect(b).toMatchObject({ toCollect: 0, toRefund: 2000 });
  });

  it("a canceled payment counts for nothing", () => {
    const b = orderBalance(order([collection("c1", "canceled", 2499, [payment("c1", 2499, 0, 0, true)])], 2499));
    expect(b).toMatchObject({ capturable: 0, held: 0, requests: [] });
    expect(b.covers).toEqual([{ kind: "uncovered", amount: 2499 }]);
  });

  it("money the customer is owed back is never to collect", () => {
    const b = orderBalance(order([collection("c1", "completed", 9000, [payment("c1", 9000, 9000)])], -3000));
    expect(b).toMatchObject({ toCollect: 0, toRefund: 3000, covers: [] });
  });
});
