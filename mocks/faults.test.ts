// @vitest-environment node
// The demo's fault switches (POST /__demo/faults), through fetch against the mock behind
// msw/node: what each kind answers, whether the request was applied, and how a retry with
// the same Idempotency-Key is answered after a lost or late answer.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Fault, MOrder } from "./db";
import { createMockServer, DEMO_USER } from "./node";

const BASE = "http://medusa.test";
const { server, backend } = createMockServer();
let token = "";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(async () => {
  backend.reset(); // fresh demo data, no faults armed
  const res = await fetch(`${BASE}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_USER),
  });
  token = ((await res.json()) as { token: string }).token;
});

async function arm(...faults: Partial<Fault>[]) {
  const res = await fetch(`${BASE}/__demo/faults`, { method: "POST", body: JSON.stringify({ faults }) });
  expect(res.status).toBe(200);
}

const orderOf = (displayId: number): MOrder => backend.db.orders.find((o) => o.display_id === displayId)!;
const paymentOf = (displayId: number) => orderOf(displayId).collections[0]!.payments[0]!;

function post(path: string, body: unknown, key?: string) {
  return fetch(`${BASE}${path}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      ...(key ? { "idempotency-key": key } : {}),
    },
    body: JSON.stringify(body),
  });
}
const get = (path: string) => fetch(`${BASE}${path}`, { headers: { authorization: `Bearer ${token}` } });

/** Captures on #1001 (authorized, $60.00), optionally under an idempotency key. */
const capture1001 = (amount: number, key?: string) =>
  post(`/admin/payments/${paymentOf(1001).id}/capture`, { amount }, key);

describe("kind: error (the default)", () => {
  it("keeps the original shape working: the status and body given, before anything is applied, once", async () => {
    const declined = { type: "invalid_data", message: "Refund declined by the provider" };
    await arm({ route: "POST /admin/payments/*/refund", status: 400, body: declined, times: 1 });
    const payment = paymentOf(1003);
    const path = `/admin/payments/${payment.id}/refund`;

    const first = await post(path, { amount: 15 });
    expect(first.status).toBe(400);
    expect(await first.json()).toEqual(declined);
    expect(payment.refunds).toHaveLength(0);

    const second = await post(path, { amount: 15 });
    expect(second.status).toBe(200);
    expect(paymentOf(1003).refunds.map((r) => r.amount)).toEqual([1500]);
  });

  it("answers 500 with Medusa's unknown_error when no status or body is given", async () => {
    await arm({ route: "POST /admin/payments/*/capture", kind: "error" });
    const res = await capture1001(25);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ type: "unknown_error", message: "An unknown error occurred." });
    expect(paymentOf(1001).captures).toHaveLength(0);
  });

  it("hits as many matching requests as `times` says, and only the route it names", async () => {
    await arm({ route: "POST /admin/payments/*/capture", status: 503, body: { message: "busy" }, times: 2 });
    const refund = await post(`/admin/payments/${paymentOf(1003).id}/refund`, { amount: 1 });
    expect(refund.status).toBe(200); // another route
    expect((await get(`/admin/payments/${paymentOf(1001).id}`)).status).toBe(200); // another method
    expect((await capture1001(1)).status).toBe(503);
    expect((await capture1001(1)).status).toBe(503);
    expect((await capture1001(1)).status).toBe(200);
    expect(paymentOf(1001).captures).toHaveLength(1);
  });
});

describe("kind: drop-before", () => {
  it("drops the connection and applies nothing; a retry goes through once", async () => {
    await arm({ route: "POST /admin/payments/*/capture", kind: "drop-before" });
    await expect(capture1001(25, "key-1")).rejects.toThrow(TypeError);
    expect(paymentOf(1001).captures).toHaveLength(0);

    const retry = await capture1001(25, "key-1");
    expect(retry.status).toBe(200);
    expect(paymentOf(1001).captures.map((c) => c.amount)).toEqual([2500]);
  });

  it("works on reads too", async () => {
    await arm({ route: "GET /admin/orders/*", kind: "drop-before" });
    await expect(get(`/admin/orders/${orderOf(1001).id}`)).rejects.toThrow(TypeError);
    expect((await get(`/admin/orders/${orderOf(1001).id}`)).status).toBe(200);
  });
});

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
  const release = async () => expect((await fetch(`${BASE}/__demo/release`, { method: "POST" })).status).toBe(200);

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

describe("kind: unauthorized", () => {
  it("answers 401 as for an expired session, before anything is applied", async () => {
    await arm({ route: "POST /admin/payments/*/capture", kind: "unauthorized" });
    const res = await capture1001(25);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: "Unauthorized" });
    expect(paymentOf(1001).captures).toHaveLength(0);
    // Only that request: the token itself is still good.
    expect((await get("/admin/users/me")).status).toBe(200);
  });
});

describe("arming", () => {
  it("refuses an unknown kind or a route without a method, and arms nothing", async () => {
    for (const faults of [
      [{ route: "POST /admin/payments/*/capture", kind: "explode" }],
      [{ route: "/admin/orders" }],
      "none",
    ]) {
      const res = await fetch(`${BASE}/__demo/faults`, { method: "POST", body: JSON.stringify({ faults }) });
      expect(res.status).toBe(400);
    }
    expect(backend.db.faults ?? []).toEqual([]);
    expect((await capture1001(25)).status).toBe(200);
  });

  it("replaces what was armed before; an empty list disarms", async () => {
    await arm({ route: "POST /admin/payments/*/capture", kind: "drop-before", times: 5 });
    await arm();
    expect((await capture1001(25)).status).toBe(200);
  });

  it("uses up a fault once per matching request, whatever its kind", async () => {
    await arm(
      { route: "POST /admin/payments/*/capture", kind: "drop-before" },
      { route: "POST /admin/payments/*/capture", kind: "unauthorized" },
    );
    await expect(capture1001(10, "k")).rejects.toThrow(TypeError);
    expect((await capture1001(10, "k")).status).toBe(401);
    expect((await capture1001(10, "k")).status).toBe(200);
    expect(backend.db.faults).toEqual([]);
    expect(paymentOf(1001).captures).toHaveLength(1);
  });
});
