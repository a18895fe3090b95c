// What the mock's fetch-level tests share (fault switches, lists): the mock behind msw/node with
// fresh demo data and a signed-in token per test, and requests to it through fetch as the app
// sends them.
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import type { Fault, MOrder } from "./db";
import { createMockServer, DEMO_USER } from "./node";

const BASE = "http://medusa.test";

export function faultHarness() {
  const { server, backend } = createMockServer();
  let token = "";

  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());
  beforeEach(async () => {
    backend.reset(); // fresh demo data, no faults armed
    delete backend.db.plugin; // a reset keeps the store's plugin as it was; every test starts with it
    const res = await fetch(`${BASE}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(DEMO_USER),
    });
    token = ((await res.json()) as { token: string }).token;
  });

  const demo = (path: string, body?: unknown) =>
    fetch(`${BASE}/__demo/${path}`, { method: "POST", body: body === undefined ? undefined : JSON.stringify(body) });

  async function arm(...faults: Partial<Fault>[]) {
    expect((await demo("faults", { faults })).status).toBe(200);
  }

  const release = async () => expect((await demo("release")).status).toBe(200);

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

  return { backend, demo, arm, release, orderOf, paymentOf, post, get, capture1001 };
}
