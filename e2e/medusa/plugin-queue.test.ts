// GET /admin/order-payments/to-capture (the plugin's capture queue) against a live Medusa started
// by start.mjs. The truth is read from Medusa's own order route at that moment: a payment holds
// authorized money when its order and collection are not canceled, it is not canceled, and its
// captures leave some of it uncaptured. Without the plugin the route must not exist.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { applySteps, client, ORDERS, placeOrder, refundReasons, type Catalog } from "./seed.mjs";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const STATE = JSON.parse(
  readFileSync(resolve(REPO, process.env.E2E_MEDUSA_STATE ?? "e2e/medusa/.state.json"), "utf8"),
) as { backendUrl: string; loopbackUrl?: string; plugin?: boolean; publishableKey: string; catalog: Catalog } & {
  admin: { email: string; password: string };
};
const BASE = STATE.loopbackUrl ?? STATE.backendUrl;
const PATH = "/admin/order-payments/to-capture";

let token = "";
// Bodies are read loosely here; each expectation states the shape it relies on.
async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(BASE + path, { method, headers, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json().catch(() => null) };
}
async function ok(method: string, path: string, body?: unknown) {
  const reply = await call(method, path, body);
  if (reply.status !== 200) throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

type Held = { payment: string; order: string; left: number };
const FIELDS = "id,status,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures";

/** Every payment holding authorized money, by Medusa's own order route, with what is left (cents). */
async function truth(): Promise<Held[]> {
  const { orders } = await ok("GET", `/admin/orders?fields=${FIELDS}&limit=1000`);
  const held: Held[] = [];
  for (const o of orders) {
    if (o.status === "canceled") continue;
    for (const c of o.payment_collections ?? []) {
      if (c.status === "canceled") continue;
      for (const p of c.payments ?? []) {
        const captured = (p.captures ?? []).reduce(
          (sum: number, x: { amount: number }) => sum + Math.round(x.amount * 100),
          0,
        );
        const left = Math.round(p.amount * 100) - captured;
        if (!p.canceled_at && left > 1) held.push({ payment: p.id, order: o.id, left });
      }
    }
  }
  return held.sort((a, b) => a.payment.localeCompare(b.payment));
}
async function queue(): Promise<Held[]> {
  const rows: Held[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await ok("GET", `${PATH}?limit=100&offset=${offset}`);
    for (const p of page.payments)
      rows.push({
        payment: p.id,
        order: p.order.id,
        left: Math.round(p.amount * 100) - Math.round(p.captured_amount * 100),
      });
    if (offset + 100 >= page.count) return rows.sort((a, b) => a.payment.localeCompare(b.payment));
  }
}

beforeAll(async () => {
  token = (await ok("POST", "/auth/user/emailpass", STATE.admin)).token;
});

if (STATE.plugin === false) {
  describe("GET /admin/order-payments/to-capture without the plugin", () => {
    it("does not exist", async () => {
      expect((await call("GET", PATH)).status).toBe(404);
    });
  });
} else {
  describe("GET /admin/order-payments/to-capture with the plugin", () => {
    it("answers signed-in admins only", async () => {
      const kept = token;
      token = "";
      expect((await call("GET", PATH)).status).toBe(401);
      token = kept;
    });

    it("lists exactly the payments that hold authorized money, with what is left to capture", async () => {
      const expected = await truth();
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(await queue()).toEqual(expected);
    });

    it("follows captures, a cancellation and a new order at once", async () => {
      const api = client(BASE);
      await api.login(STATE.admin.email, STATE.admin.password);
      api.setPublishableKey(STATE.publishableKey);
      const reasons = await refundReasons(api);
      const spec = (role: string) => ORDERS.find((o) => o.role === role)!;
      const listed = async (orderId: string) => (await queue()).filter((h) => h.order === orderId).map((h) => h.left);

      const a = await placeOrder(api, STATE.catalog, spec("authorized-2"));
      const whole = await listed(a.id);
      expect(whole).toHaveLength(1);
      await applySteps(api, STATE.catalog, reasons, a, [["capture", 20]]);
      expect(await listed(a.id)).toEqual([whole[0]! - 2000]);
      // The rest, named: Medusa captures the whole amount when none is given.
      await applySteps(api, STATE.catalog, reasons, a, [["capture", (whole[0]! - 2000) / 100]]);
      expect(await listed(a.id)).toEqual([]);

      const b = await placeOrder(api, STATE.catalog, spec("authorized-3"));
      expect(await listed(b.id)).toHaveLength(1);
      await applySteps(api, STATE.catalog, reasons, b, [["cancel"]]);
      expect(await listed(b.id)).toEqual([]);
      expect(await queue()).toEqual(await truth());
    }, 120_000);
  });
}
