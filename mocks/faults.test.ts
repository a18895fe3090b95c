// @vitest-environment node
// The demo's fault switches (POST /__demo/faults), through fetch against the mock behind
// msw/node: the kinds that fail a request before it is applied, and arming them. The kinds that
// strike after it is applied (or while it runs) are in faults-after.test.ts.
import { describe, expect, it } from "vitest";
import { faultHarness } from "./fault-harness";

const { backend, demo, arm, orderOf, paymentOf, post, get, capture1001 } = faultHarness();

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

  it("fires in front of the route, before the plugin takes the key: a retry with the same key runs it", async () => {
    await arm({ route: "POST /admin/payments/*/capture" });
    expect((await capture1001(25, "key-500")).status).toBe(500);
    expect(backend.db.idempotency).toEqual({});

    const retry = await capture1001(25, "key-500");
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    expect(paymentOf(1001).captures.map((c) => c.amount)).toEqual([2500]);
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
      expect((await demo("faults", { faults })).status).toBe(400);
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
