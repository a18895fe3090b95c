// @vitest-environment node
// The mock plays a store with this repository's Medusa plugin (the default) or without it
// (POST /__demo/plugin {installed: false}); each mode does exactly what that server does.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MOrder } from "./db";
import { createMockServer, DEMO_USER } from "./node";
import { KEY_LIFETIME_MS } from "./routes/idempotency";

const BASE = "http://medusa.test";
const { server, backend } = createMockServer();
let token = "";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(async () => {
  backend.db.plugin = undefined;
  backend.reset();
  const res = await fetch(`${BASE}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_USER),
  });
  token = ((await res.json()) as { token: string }).token;
});

async function withoutPlugin() {
  const res = await fetch(`${BASE}/__demo/plugin`, { method: "POST", body: JSON.stringify({ installed: false }) });
  expect(res.status).toBe(200);
}

const orderOf = (displayId: number): MOrder => backend.db.orders.find((o) => o.display_id === displayId)!;
const paymentOf = (displayId: number) => orderOf(displayId).collections[0]!.payments[0]!;
const headers = (key?: string) => ({
  authorization: `Bearer ${token}`,
  "content-type": "application/json",
  ...(key ? { "idempotency-key": key } : {}),
});
const post = (path: string, body: unknown, key?: string) =>
  fetch(`${BASE}${path}`, { method: "POST", headers: headers(key), body: JSON.stringify(body) });
const get = async (path: string) => {
  const res = await fetch(`${BASE}${path}`, { headers: headers() });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> };
};
const capture1001 = (amount: number, key?: string) =>
  post(`/admin/payments/${paymentOf(1001).id}/capture`, { amount }, key);

type Row = { display_id: number; payment_status: string; email: string };
const rowsOf = (body: Record<string, unknown>) => body.orders as Row[];

describe("with the plugin: Idempotency-Key", () => {
  it("runs the first request, replays it with Idempotent-Replayed, and moves money once", async () => {
    const first = await capture1001(10, "k1");
    expect(first.status).toBe(200);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await capture1001(10, "k1");
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    expect(paymentOf(1001).captures.map((c) => c.amount)).toEqual([1000]);
  });

  it("refuses the same key with another body (422) and keeps the first answer", async () => {
    await capture1001(10, "k2");
    const other = await capture1001(11, "k2");
    expect(other.status).toBe(422);
    expect(await other.json()).toEqual({
      type: "invalid_data",
      message: expect.stringMatching(/another request body/),
    });
    expect(paymentOf(1001).captures.map((c) => c.amount)).toEqual([1000]);
  });

  it("answers 409 to a repeat while the first still runs; exactly one capture of ten at once", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => capture1001(10, "k3")));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    const conflict = await answers.find((a) => a.status === 409)!.json();
    expect(conflict).toEqual({ type: "conflict", message: expect.stringMatching(/still running/) });
    expect(paymentOf(1001).captures).toHaveLength(1);
  });

  it("keeps a refusal too, and replays it", async () => {
    expect((await capture1001(100, "k4")).status).toBe(400);
    const again = await capture1001(100, "k4");
    expect(again.status).toBe(400);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });

  it("forgets a key after 24 hours", async () => {
    await capture1001(10, "k5");
    for (const record of Object.values(backend.db.idempotency)) record.createdAt -= KEY_LIFETIME_MS;
    const later = await capture1001(10, "k5");
    expect(later.headers.get("idempotent-replayed")).toBeNull();
    expect(paymentOf(1001).captures).toHaveLength(2);
  });

  it("scopes a key by route: the same key on another payment is another request", async () => {
    await capture1001(10, "k6");
    const refund = await post(`/admin/payments/${paymentOf(1003).id}/refund`, { amount: 10 }, "k6");
    expect(refund.status).toBe(200);
    expect(refund.headers.get("idempotent-replayed")).toBeNull();
    expect(paymentOf(1003).refunds).toHaveLength(1);
  });

  it("checks the body before the key: a refused body does not take it", async () => {
    const bad = await post(`/admin/payments/${paymentOf(1001).id}/capture`, { amount: -1 }, "k8");
    expect(bad.status).toBe(400);
    const good = await capture1001(10, "k8");
    expect(good.status).toBe(200);
    expect(good.headers.get("idempotent-replayed")).toBeNull();
  });

  it("refuses a key longer than 255 characters, and ignores an empty one", async () => {
    const res = await capture1001(10, "k".repeat(256));
    expect(await res.json()).toEqual({
      type: "invalid_data",
      message: "An Idempotency-Key can be at most 255 characters long; this one has 256.",
    });
    await capture1001(10, " ");
    await capture1001(10, " ");
    expect(paymentOf(1001).captures).toHaveLength(2);
  });

  it("ignores the header on routes that move no money", async () => {
    const order = orderOf(1001).id;
    await post("/admin/payment-collections", { order_id: order, amount: 5 }, "k7");
    await post("/admin/payment-collections", { order_id: order, amount: 5 }, "k7");
    expect(orderOf(1001).collections).toHaveLength(3);
  });
});

describe("with the plugin: exact limits", () => {
  it("refuses a refund one minor unit over what is left, in the plugin's words", async () => {
    const res = await post(`/admin/payments/${paymentOf(1003).id}/refund`, { amount: 89.91 });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      type: "invalid_data",
      message: "Refund amount 89.91 is more than the 89.90 left to refund on this payment.",
    });
    expect(paymentOf(1003).refunds).toHaveLength(0);
  });

  it("refuses a capture and a mark-as-paid on a canceled order", async () => {
    const res = await post(`/admin/payments/${paymentOf(1045).id}/capture`, { amount: 35 });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      type: "invalid_data",
      message: "This order is canceled: nothing can be captured.",
    });
    expect(paymentOf(1045).captures).toHaveLength(1);
    const collection = orderOf(1045).collections[0]!;
    const paid = await post(`/admin/payment-collections/${collection.id}/mark-as-paid`, { order_id: orderOf(1045).id });
    expect(await paid.json()).toEqual({
      type: "invalid_data",
      message: "This order is canceled: nothing can be marked as paid.",
    });
  });
});

describe("without the plugin", () => {
  beforeEach(withoutPlugin);

  it("ignores the Idempotency-Key: a repeat moves money again", async () => {
    await capture1001(10, "k1");
    const again = await capture1001(10, "k1");
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    expect(paymentOf(1001).captures.map((c) => c.amount)).toEqual([1000, 1000]);
  });

  it("lets a refund one minor unit over through and captures on a canceled order, as Medusa does", async () => {
    expect((await post(`/admin/payments/${paymentOf(1003).id}/refund`, { amount: 89.91 })).status).toBe(200);
    expect((await post(`/admin/payments/${paymentOf(1045).id}/capture`, { amount: 35 })).status).toBe(200);
  });

  it("has no /admin/order-payments", async () => {
    expect((await get("/admin/order-payments")).status).toBe(404);
  });

  it("lasts through a reset of the demo data", async () => {
    backend.reset();
    expect((await get("/admin/order-payments")).status).toBe(404);
  });
});

describe("GET /admin/order-payments", () => {
  it("filters by each payment status, exactly", async () => {
    const all = rowsOf((await get("/admin/order-payments?limit=100")).body);
    expect(all).toHaveLength(45);
    for (const status of new Set(all.map((o) => o.payment_status))) {
      const { body } = await get(`/admin/order-payments?payment_status[]=${status}&limit=100`);
      const expected = all.filter((o) => o.payment_status === status).map((o) => o.display_id);
      expect(rowsOf(body).map((o) => o.display_id)).toEqual(expected);
      expect(body.count).toBe(expected.length);
    }
  });

  it("answers the plugin's ten fields, newest first, in pages", async () => {
    const { body } = await get("/admin/order-payments?limit=2&offset=1");
    expect(body).toMatchObject({ count: 45, limit: 2, offset: 1 });
    expect(rowsOf(body).map((o) => o.display_id)).toEqual([1044, 1043]);
    expect(Object.keys(rowsOf(body)[0]!).sort()).toEqual(
      [
        "created_at",
        "currency_code",
        "customer",
        "display_id",
        "email",
        "id",
        "payment_status",
        "status",
        "summary",
        "total",
      ].sort(),
    );
  });

  it("names each order's customer and its outstanding amount, as GET /admin/orders does", async () => {
    const { body } = await get("/admin/order-payments?q=%231006");
    expect(rowsOf(body)[0]).toMatchObject({
      customer: { id: expect.stringMatching(/^cus_/), first_name: "Barbara", last_name: "Liskov" },
      summary: { pending_difference: 25 },
    });
  });

  it.each([
    ["1003", [1003]],
    ["%231003", [1003]],
    ["GRACE%40", [1002]],
    ["lovelace", [1001]],
    ["ada%20lovelace", [1001]],
    ["%23grace", []],
  ])("searches q=%s", async (q, ids) => {
    expect(rowsOf((await get(`/admin/order-payments?q=${q}`)).body).map((o) => o.display_id)).toEqual(ids);
  });

  it("refuses an unknown payment status with 400", async () => {
    const res = await get("/admin/order-payments?payment_status[]=paid");
    expect(res.status).toBe(400);
    expect(res.body.type).toBe("invalid_data");
  });

  it("leaves GET /admin/orders unfiltered, as Medusa strips payment_status", async () => {
    const { body } = await get("/admin/orders?payment_status[]=refunded&limit=100&fields=id");
    expect(body.count).toBe(45);
  });
});
