// Properties of the per-payment figures over random captures and refunds: what may still be
// refunded or captured is exact to the minor unit, never negative, and the state agrees with
// the figures.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Payment, PaymentCollection } from "./mappers";
import { figuresInOrder, paymentFigures, refundablePayments, type PaymentState } from "./payment-figures";
import { orderWith } from "@/test/builders";

const RUNS = { numRuns: 500 };
const T0 = "2026-10-01T10:00:00.000Z";
const T1 = "2026-10-02T10:00:00.000Z";

function payment(amount: number, captures: number[], refunds: number[], over: Partial<Payment> = {}): Payment {
  return {
    id: "pay_1",
    collectionId: "pay_col_1",
    sessionId: null,
    provider: "pp_system_default",
    amount,
    currency: "usd",
    createdAt: T0,
    capturedAt: null,
    canceledAt: null,
    captures: captures.map((a, i) => ({ id: `capt_${i}`, amount: a, createdAt: T0 })),
    refunds: refunds.map((a, i) => ({ id: `ref_${i}`, amount: a, note: null, reason: null, createdAt: T0 })),
    ...over,
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Up to 10^10 minor units ($100 million) per line, so sums of many stay exact. */
const minor = fc.integer({ min: 1, max: 10_000_000_000 });
/** A timestamp, or more often none. */
const maybeTime = fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.constant(T1), weight: 1 });
/** Nothing, all, or some of `total`. */
const partOf = (total: number) => fc.oneof(fc.constant(0), fc.constant(total), fc.integer({ min: 0, max: total }));

/** Anything at all: captures beyond the amount, refunds beyond what was captured, any flags. */
const anyPayment = fc
  .record({
    amount: fc.integer({ min: 0, max: 10_000_000_000 }),
    captures: fc.array(minor, { maxLength: 8 }),
    refunds: fc.array(minor, { maxLength: 8 }),
    capturedAt: maybeTime,
    canceledAt: maybeTime,
  })
  .map(({ amount, captures, refunds, capturedAt, canceledAt }) =>
    payment(amount, captures, refunds, { capturedAt, canceledAt }),
  );

/** Splits `total` into `parts` positive pieces (fewer when the total is small). */
const split = (total: number) =>
  total === 0
    ? fc.constant<number[]>([])
    : fc.array(fc.integer({ min: 1, max: total }), { minLength: 0, maxLength: 4 }).map((cuts) => {
        const points = [...new Set(cuts.filter((c) => c < total))].sort((a, b) => a - b);
        return [...points, total].map((p, i, all) => p - (i === 0 ? 0 : all[i - 1]!));
      });

/**
 * A payment as Medusa keeps it: captures up to the amount (captured_at set once it is all
 * captured), refunds up to what was captured, and canceled only while nothing was captured.
 */
const realPayment = fc
  .integer({ min: 1, max: 10_000_000_000 })
  .chain((amount) => fc.tuple(fc.constant(amount), partOf(amount)))
  .chain(([amount, captured]) =>
    fc.tuple(fc.constant(amount), split(captured), partOf(captured).chain(split), fc.boolean()),
  )
  .map(([amount, captures, refunds, cancel]) => {
    const captured = sum(captures);
    return payment(amount, captures, captured === 0 ? [] : refunds, {
      capturedAt: captured >= amount ? T1 : null,
      canceledAt: captured === 0 && cancel ? T1 : null,
    });
  });

describe("paymentFigures on any payment", () => {
  it("refundable is exactly max(0, captured - refunded), never negative", () => {
    fc.assert(
      fc.property(anyPayment, (p) => {
        const f = paymentFigures(p);
        expect(f.captured).toBe(sum(p.captures.map((c) => c.amount)));
        expect(f.refunded).toBe(sum(p.refunds.map((r) => r.amount)));
        expect(f.refundable).toBe(Math.max(0, f.captured - f.refunded));
        expect(f.refundable).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(f.refundable)).toBe(true);
      }),
      RUNS,
    );
  });

  it("capturable is between 0 and the amount, and 0 once canceled or fully captured", () => {
    fc.assert(
      fc.property(anyPayment, (p) => {
        const f = paymentFigures(p);
        expect(f.capturable).toBeGreaterThanOrEqual(0);
        expect(f.capturable).toBeLessThanOrEqual(p.amount);
        expect(Number.isSafeInteger(f.capturable)).toBe(true);
        if (p.canceledAt || p.capturedAt) expect(f.capturable).toBe(0);
        else expect(f.capturable).toBe(Math.max(0, p.amount - f.captured));
      }),
      RUNS,
    );
  });

  it("a canceled payment is canceled whatever else it holds, with nothing to capture", () => {
    fc.assert(
      fc.property(anyPayment, (p) => {
        const f = paymentFigures(p);
        expect(f.state === "canceled").toBe(p.canceledAt !== null);
        if (p.canceledAt) expect(f.capturable).toBe(0);
      }),
      RUNS,
    );
  });

  it("the state agrees with the figures", () => {
    fc.assert(
      fc.property(anyPayment, (p) => {
        const { state, captured, refunded, refundable, capturable } = paymentFigures(p);
        const expectations: Record<PaymentState, () => void> = {
          canceled: () => expect(capturable).toBe(0),
          authorized: () => {
            expect(captured).toBe(0);
            expect(refunded).toBe(0);
            expect(p.capturedAt).toBeNull();
          },
          partially_captured: () => {
            expect(refunded).toBe(0);
            expect(captured).toBeGreaterThan(0);
            expect(captured).toBeLessThan(p.amount);
            expect(capturable).toBe(p.amount - captured);
          },
          captured: () => {
            expect(refunded).toBe(0);
            expect(capturable).toBe(0);
            expect(refundable).toBe(captured);
          },
          partially_refunded: () => {
            expect(refunded).toBeGreaterThan(0);
            expect(refundable).toBe(captured - refunded);
            expect(refundable).toBeGreaterThan(0);
          },
          refunded: () => {
            expect(refunded).toBeGreaterThan(0);
            expect(refundable).toBe(0);
          },
        };
        expectations[state]();
      }),
      RUNS,
    );
  });
});

describe("paymentFigures on payments as Medusa keeps them", () => {
  it("money is never lost: capturable + captured is the amount until it is all captured or canceled", () => {
    fc.assert(
      fc.property(realPayment, (p) => {
        const f = paymentFigures(p);
        if (p.canceledAt) expect([f.state, f.captured, f.capturable]).toEqual(["canceled", 0, 0]);
        else expect(f.capturable + f.captured).toBe(p.amount);
        expect(f.refundable + f.refunded).toBe(f.captured);
      }),
      RUNS,
    );
  });

  it("something can be refunded exactly when the state says captured money is held", () => {
    fc.assert(
      fc.property(realPayment, (p) => {
        const f = paymentFigures(p);
        expect(f.refundable > 0).toBe(["partially_captured", "captured", "partially_refunded"].includes(f.state));
        // Something is left to capture while authorized or partly captured; a refund then names the
        // state ("partially_refunded", "refunded") while the rest can still be captured.
        if (["authorized", "partially_captured"].includes(f.state)) expect(f.capturable).toBeGreaterThan(0);
        if (["captured", "canceled"].includes(f.state)) expect(f.capturable).toBe(0);
      }),
      RUNS,
    );
  });

  it("follows every capture and refund to the minor unit", () => {
    // A run of operations, each a fraction of what is left to move: capture, or refund.
    const ops = fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 12 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), ops, (amount, steps) => {
        let p = payment(amount, [], []);
        for (const [isCapture, share] of steps) {
          const before = paymentFigures(p);
          const room = isCapture ? before.capturable : before.refundable;
          const moved = Math.max(1, Math.floor(room * share));
          if (room === 0) continue;
          if (isCapture) {
            const captures = [...p.captures.map((c) => c.amount), moved];
            p = payment(
              amount,
              captures,
              p.refunds.map((r) => r.amount),
              { capturedAt: sum(captures) >= amount ? T1 : null },
            );
          } else {
            p = payment(
              amount,
              p.captures.map((c) => c.amount),
              [...p.refunds.map((r) => r.amount), moved],
              {
                capturedAt: p.capturedAt,
              },
            );
          }
          const after = paymentFigures(p);
          if (isCapture) {
            expect(after.captured).toBe(before.captured + moved);
            expect(after.capturable).toBe(before.capturable - moved);
            expect(after.refundable).toBe(before.refundable + moved);
          } else {
            expect(after.refunded).toBe(before.refunded + moved);
            expect(after.refundable).toBe(before.refundable - moved);
            expect(after.capturable).toBe(before.capturable);
          }
        }
      }),
      RUNS,
    );
  });
});

describe("order-level figures", () => {
  const collection = fc
    .record({
      status: fc.constantFrom("not_paid", "authorized", "partially_captured", "completed", "canceled"),
      amount: fc.integer({ min: 0, max: 1_000_000_000 }),
      payments: fc.array(anyPayment, { maxLength: 3 }),
    })
    .map((c): PaymentCollection => ({
      id: "pay_col",
      status: c.status,
      amount: c.amount,
      createdAt: T0,
      payments: c.payments,
    }));
  // Each collection with an id of its own, which its payments name.
  const order = fc.array(collection, { maxLength: 4 }).map((collections) =>
    orderWith(
      collections.map((c, i) => ({
        ...c,
        id: `pay_col_${i}`,
        payments: c.payments.map((p) => ({ ...p, collectionId: `pay_col_${i}` })),
      })),
      T0,
    ),
  );

  it("lists exactly the payments with something to refund", () => {
    fc.assert(
      fc.property(order, (o) => {
        const payments = o.collections.flatMap((c) => c.payments);
        expect(refundablePayments(o)).toEqual(payments.filter((p) => paymentFigures(p).refundable > 0));
      }),
      RUNS,
    );
  });

  it("within an order, what is left to capture is either capturable or held, never both, never lost", () => {
    fc.assert(
      fc.property(order, fc.boolean(), (o, canceled) => {
        const inOrder = canceled ? { ...o, status: "canceled" as const } : o;
        for (const c of inOrder.collections) {
          for (const p of c.payments) {
            const alone = paymentFigures(p);
            const within = figuresInOrder(inOrder, p);
            expect(within.capturable + within.held).toBe(alone.capturable);
            expect(within.capturable === 0 || within.held === 0).toBe(true);
            if (canceled || c.status === "canceled") expect(within.capturable).toBe(0);
            expect(within.refundable).toBe(alone.refundable);
          }
        }
      }),
      RUNS,
    );
  });
});
