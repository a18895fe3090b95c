// @vitest-environment node
// The demo's fault switches that strike once a request is applied or while it runs, through fetch
// against the mock behind msw/node: what the client gets, what the store holds, and how the
// plugin answers a repeat of the same Idempotency-Key.
import { describe, expect, it } from "vitest";
import { faultHarness } from "./fault-harness";

const { backend, arm, release, paymentOf, post, get, capture1001 } = faultHarness();

describe("kind: drop-after", () => {
  it("applies the request, saves it, and then loses the answer", async () => {
    let saved = 0;
    const save = backend.save;
    backend.save = () => {
      saved += 1;
      save();
    };
    try {
      await arm({ route: "POST /admin/payments/*/capture", kind: "drop-after" });
      saved = 0;
      await expect(capture1001(25)).rejects.toThrow(TypeError);
    } finally {
      backend.save = save;
    }
    expect(paymentOf(1001).captures.map((c) => c.amount)).toEqual([2500]);
    expect(saved).toBeGreaterThanOrEqual(1);
  });

  it("answers a retry with the same Idempotency-Key with the original answer, without applying it again", async () => {
    await arm({ route: "POST /admin/payments/*/capture", kind: "drop-after" });
    await expect(capture1001(25, "key-lost")).rejects.toThrow(TypeError);
    const captureId = paymentOf(1001).captures[0]!.id;

    const retry = await capture1001(25, "key-lost");
    expect(retry.status).toBe(200);
    const { payment } = (await retry.json()) as { payment: { id: string; amount: number } };
    expect(payment).toMatchObject({ id: paymentOf(1001).id, amount: 60 });
    expect(paymentOf(1001).captures.map((c) => c.id)).toEqual([captureId]);

    // The retry's answer is the one the lost request got: the same as any later replay.
    const again = await capture1001(25, "key-lost");
    expect(await again.json()).toEqual({ payment });

    // A new key is a new request, and is applied.
    expect((await capture1001(25, "key-new")).status).toBe(200);
    expect(paymentOf(1001).captures.map((c) => c.amount)).toEqual([2500, 2500]);
  });

  it("applies a refund once however many answers are lost in a row", async () => {
    await arm({ route: "POST /admin/payments/*/refund", kind: "drop-after", times: 2 });
    const path = `/admin/payments/${paymentOf(1003).id}/refund`;
    await expect(post(path, { amount: 15, note: "Scratched lid" }, "key-r")).rejects.toThrow(TypeError);
    await expect(post(path, { amount: 15, note: "Scratched lid" }, "key-r")).rejects.toThrow(TypeError);
    const third = await post(path, { amount: 15, note: "Scratched lid" }, "key-r");
    expect(third.status).toBe(200);
    expect(paymentOf(1003).refunds.map((r) => [r.amount, r.note])).toEqual([[1500, "Scratched lid"]]);
  });

  it("replays a refusal too: a retry of a request the server refused is refused the same way", async () => {
    await arm({ route: "POST /admin/payments/*/capture", kind: "drop-after" });
    await expect(capture1001(100, "key-over")).rejects.toThrow(TypeError); // more than the $60.00 authorized
    const retry = await capture1001(100, "key-over");
    expect(retry.status).toBe(400);
    expect(((await retry.json()) as { type: string }).type).toBe("invalid_data");
    expect(paymentOf(1001).captures).toHaveLength(0);
  });
});

describe("kind: slow", () => {
  it("applies the request at once and holds the answer until released", async () => {
    await arm({ route: "POST /admin/payments/*/capture", kind: "slow", delayMs: 60_000 });
    let answered = false;
    const pending = capture1001(25, "key-slow").finally(() => (answered = true));
    await expect.poll(() => paymentOf(1001).captures.length).toBe(1);
    expect(answered).toBe(false);
    await release();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { payment: { id: string } }).payment.id).toBe(paymentOf(1001).id);
  });

  it("answers a retry sent while the first answer is held without applying it twice", async () => {
    await arm({ route: "POST /admin/payments/*/capture", kind: "slow", delayMs: 60_000 });
    const slow = capture1001(25, "key-impatient");
    await expect.poll(() => paymentOf(1001).captures.length).toBe(1);
    const retry = await capture1001(25, "key-impatient");
    expect(retry.status).toBe(200);
    await release();
    const first = await slow;
    expect(await retry.json()).toEqual(await first.json());
    expect(paymentOf(1001).captures).toHaveLength(1);
  });

  it("slows reads as well", async () => {
    await arm({ route: "GET /admin/orders", kind: "slow", delayMs: 200 });
    const started = performance.now();
    const res = await get("/admin/orders");
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(res.status).toBe(200);
  });
});
