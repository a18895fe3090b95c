import { describe, expect, it } from "vitest";
import { orderWith, paymentOf } from "@/test/builders";
import type { Order, OrderPaymentStatus, Payment, PaymentCollection } from "./mappers";
import { orderPaymentState } from "./order-payment-state";

const T0 = "2026-10-01T10:00:00.000Z";

/** A payment of `amount` with `captured` and `refunded` of it; "x" marks it canceled. */
function payment(amount: number, captured = 0, refunded = 0, canceled?: "x"): Payment {
  return paymentOf(amount, { captured, refunded, canceled: canceled === "x" });
}

const collection = (status: string, amount: number, payments: Payment[] = [], id = "c1"): PaymentCollection => ({
  id,
  status,
  amount,
  createdAt: T0,
  payments: payments.map((p) => ({ ...p, collectionId: id })),
});

function order(server: OrderPaymentStatus, collections: PaymentCollection[], status: Order["status"] = "pending") {
  return { ...orderWith(collections, T0), paymentStatus: server, status };
}

describe("orderPaymentState", () => {
  it.each<[string, OrderPaymentStatus, PaymentCollection[]]>([
    ["authorized", "authorized", [collection("authorized", 6000, [payment(6000)])]],
    ["partly captured", "partially_captured", [collection("authorized", 12000, [payment(12000, 5000)])]],
    ["captured", "captured", [collection("completed", 8990, [payment(8990, 8990)])]],
    ["partly refunded", "partially_refunded", [collection("completed", 7550, [payment(7550, 7550, 2000)])]],
    ["refunded", "refunded", [collection("completed", 3499, [payment(3499, 3499, 3499)])]],
    [
      "captured with an order edit's request",
      "partially_captured",
      [collection("completed", 6000, [payment(6000, 6000)]), collection("not_paid", 2500, [], "c2")],
    ],
    [
      "authorized with a request",
      "partially_authorized",
      [collection("authorized", 6000, [payment(6000)]), collection("not_paid", 1500, [], "c2")],
    ],
    ["not paid", "not_paid", [collection("not_paid", 4500)]],
    ["awaiting", "awaiting", [collection("awaiting", 5500)]],
    ["a bank step", "requires_action", [collection("requires_action", 8900)]],
    ["canceled", "canceled", [collection("canceled", 2499, [payment(2499, 0, 0, "x")])]],
    [
      "a canceled payment beside a captured one",
      "captured",
      [collection("completed", 5000, [payment(5000, 5000), payment(3000, 0, 0, "x")])],
    ],
  ])("agrees with Medusa where Medusa is right: %s", (_, server, collections) => {
    expect(orderPaymentState(order(server, collections))).toEqual({ status: server, server });
  });

  it("a partial capture and a partial refund is partially refunded, whatever Medusa's half scores say", () => {
    // Medusa scores the collection as half captured and half refunded, and calls that "refunded".
    const o = order("refunded", [collection("authorized", 12000, [payment(12000, 5000, 1000)])]);
    expect(orderPaymentState(o)).toEqual({ status: "partially_refunded", server: "refunded" });
  });

  it("a canceled order whose capture was refunded on cancel is refunded, the rest left authorized aside", () => {
    const o = order("refunded", [collection("canceled", 6000, [payment(6000, 2500, 2500)])], "canceled");
    expect(orderPaymentState(o)).toEqual({ status: "refunded", server: "refunded" });
  });

  it("a request still open keeps a captured order partially captured", () => {
    const o = order("captured", [
      collection("completed", 6000, [payment(6000, 6000)]),
      collection("awaiting", 1000, [], "c2"),
    ]);
    expect(orderPaymentState(o).status).toBe("partially_captured");
  });

  it("keeps a chargeback, which only the server knows of", () => {
    const o = order("chargeback", [collection("completed", 6000, [payment(6000, 6000)])]);
    expect(orderPaymentState(o)).toEqual({ status: "chargeback", server: "chargeback" });
  });
});
