// GET /admin/order-payments (the plugin's orders-by-payment-status list) against a live Medusa
// started by start.mjs. Every expectation is read from Medusa's own routes at that moment: an
// order's status from GET /admin/orders/:id?fields=payment_status, its other fields from the same
// route. Without the plugin (state.plugin === false) the route must not exist at all.
//
// It runs with the contract check (vitest.contract.config.ts) on the server start.mjs started, in
// either mode; it places its own orders for the moves, so it can run before or after other suites.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { applySteps, client, ORDERS, placeOrder, refundReasons, type Catalog } from "./seed.mjs";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
type State = {
  backendUrl: string;
  loopbackUrl?: string;
  plugin?: boolean;
  publishableKey: string;
  catalog: Catalog;
  admin: { email: string; password: string };
};
const STATE = JSON.parse(
  readFileSync(resolve(REPO, process.env.E2E_MEDUSA_STATE ?? "e2e/medusa/.state.json"), "utf8"),
) as State;
const BASE = STATE.loopbackUrl ?? STATE.backendUrl;

// Medusa 2.21's ten payment statuses (getLastPaymentStatus), as the filter accepts them.
const STATUSES = "not_paid awaiting authorized partially_authorized captured partially_captured".split(" ");
STATUSES.push(..."partially_refunded refunded canceled requires_action".split(" "));

type Row = { id: string; display_id: number; status: string; created_at: string; email: string } & {
  currency_code: string;
  total: number;
  payment_status: string;
  customer: { id: string; first_name: string | null; last_name: string | null } | null;
  summary: { pending_difference: number };
};
type Truth = Row & { names: string[] };
// Bodies are read loosely here; each expectation states the shape it relies on.
type Reply = { status: number; body: any };

let token = "";
async function call(method: string, path: string, body?: unknown, auth = true): Promise<Reply> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (auth) headers.authorization = `Bearer ${token}`;
  // JSON.stringify(undefined) is undefined: no body.
  const res = await fetch(BASE + path, { method, headers, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json().catch(() => null) };
}
async function ok(method: string, path: string, body?: unknown) {
  const reply = await call(method, path, body);
  if (reply.status !== 200) throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/** One order as Medusa's own detail route describes it. */
async function truthOf(id: string): Promise<Truth> {
  const { order: paid } = await ok("GET", `/admin/orders/${id}?fields=payment_status`);
  const fields = "id,display_id,status,created_at,email,currency_code,total,summary.pending_difference";
  const { order: o } = await ok(
    "GET",
    `/admin/orders/${id}?fields=${fields},customer.id,customer.first_name,customer.last_name`,
  );
  const names = [o.customer?.first_name, o.customer?.last_name].filter(Boolean) as string[];
  const { display_id, status, created_at, email, currency_code, total } = o; // not its version...
  const customer = o.customer
    ? { id: o.customer.id, first_name: o.customer.first_name, last_name: o.customer.last_name }
    : null;
  const summary = { pending_difference: o.summary.pending_difference };
  const own = { id, display_id, status, created_at, email, currency_code, total, payment_status: paid.payment_status };
  return { ...own, customer, summary, names: [...names, names.join(" ")] };
}
async function storeTruth(): Promise<Truth[]> {
  const { orders } = await ok("GET", "/admin/orders?fields=id&limit=1000");
  return Promise.all(orders.map((o: { id: string }) => truthOf(o.id)));
}
/** Every row the plugin lists for a query, page by page. */
async function listAll(query: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await ok("GET", `/admin/order-payments?${query}&limit=100&offset=${offset}`);
    rows.push(...page.orders);
    if (offset + 100 >= page.count) return rows;
  }
}
const row = ({ names: _names, ...rest }: Truth): Row => rest;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const newestFirst = (a: Row, b: Row) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id);
/** The documented search: `#12` is display id 12 only; other text also matches email and names. */
function matches(q: string, o: Truth) {
  const text = q.toLowerCase();
  if (q.startsWith("#")) return `#${o.display_id}` === q;
  return String(o.display_id) === q || [o.email, ...o.names].some((s) => s.toLowerCase().includes(text));
}

beforeAll(async () => {
  token = (await ok("POST", "/auth/user/emailpass", STATE.admin)).token;
});

if (STATE.plugin === false) {
  describe("GET /admin/order-payments without the plugin", () => {
    it("does not exist", async () => {
      expect((await call("GET", "/admin/order-payments")).status).toBe(404);
    });
  });
} else {
  describe("GET /admin/order-payments with the plugin", () => {
    it("answers signed-in admins only", async () => {
      expect((await call("GET", "/admin/order-payments", undefined, false)).status).toBe(401);
    });

    it.each([["payment_status[]=paid"], ["limit=101"], ["order=email"], ["offset=-1"], ["foo=1"]])(
      "refuses %s with a 400 invalid_data",
      async (query) => {
        const reply = await call("GET", `/admin/order-payments?${query}`);
        expect(reply.status).toBe(400);
        expect(reply.body.type).toBe("invalid_data");
      },
    );

    it("reads the stored statuses its triggers keep (the on-read fallback is for a store without them)", async () => {
      const res = await fetch(`${BASE}/admin/order-payments`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.headers.get("server-timing")).toMatch(/desc="stored"/);
    });

    it("lists each order as Medusa's own routes describe it, newest first", async () => {
      const truth = await storeTruth();
      const listed = await ok("GET", "/admin/order-payments?limit=100");
      expect(listed.count).toBe(truth.length);
      expect(listed.orders).toEqual(truth.map(row).sort(newestFirst));
    });

    it("filters by each payment status exactly as GET /admin/orders/:id reports it", async () => {
      const truth = await storeTruth();
      expect(new Set(truth.map((o) => o.payment_status)).size).toBeGreaterThanOrEqual(4);
      for (const status of STATUSES) {
        const expected = ids(truth.filter((o) => o.payment_status === status));
        expect(ids(await listAll(`payment_status[]=${status}`)), status).toEqual(expected);
      }
      const two = ids(truth.filter((o) => ["captured", "refunded"].includes(o.payment_status)));
      expect(ids(await listAll("payment_status[]=captured&payment_status[]=refunded"))).toEqual(two);
    });

    it("searches by display id with or without #, email and customer name", async () => {
      const truth = await storeTruth();
      const named = truth.filter((o) => o.names.length === 3);
      const some = named.find((o) => o.display_id === 3) ?? named[0]!;
      const queries = [`#${some.display_id}`, String(some.display_id), some.email, some.email.slice(2, 7)];
      queries.push(some.names[1]!.toUpperCase(), some.names[2]!.toLowerCase(), "no such order");
      for (const q of queries) {
        const expected = ids(truth.filter((o) => matches(q, o)));
        expect(ids(await listAll(`q=${encodeURIComponent(q)}`)), q).toEqual(expected);
      }
      expect(ids(await listAll(`q=${encodeURIComponent(`#${some.display_id}`)}`))).toEqual([some.id]);
    });

    it("pages with limit and offset, in the order asked for", async () => {
      const all = await listAll("order=-created_at");
      const pages: Row[] = [];
      for (let offset = 0; offset < all.length; offset += 3) {
        const page = await ok("GET", `/admin/order-payments?limit=3&offset=${offset}`);
        expect(page).toMatchObject({ count: all.length, limit: 3, offset });
        pages.push(...page.orders);
      }
      expect(pages).toEqual(all);
      expect(await ok("GET", "/admin/order-payments")).toMatchObject({ limit: 50, offset: 0, count: all.length });
      const byDisplay = await listAll("order=display_id");
      expect(byDisplay.map((o) => o.display_id)).toEqual(all.map((o) => o.display_id).sort((a, b) => a - b));
    });

    it("follows new orders, captures, refunds, order edits, mark-as-paid, deleted collections and cancellations at once", async () => {
      const api = client(BASE);
      await api.login(STATE.admin.email, STATE.admin.password);
      api.setPublishableKey(STATE.publishableKey);
      const reasons = await refundReasons(api);
      const spec = (role: string) => ORDERS.find((o) => o.role === role)!;
      const seen: string[] = [];
      /** The list's row for the order now, and its status filter, agree with Medusa's own word. */
      const check = async (id: string) => {
        const truth = await truthOf(id);
        const { orders } = await ok("GET", `/admin/order-payments?q=%23${truth.display_id}`);
        expect(orders).toEqual([row(truth)]);
        expect(ids(await listAll(`payment_status[]=${truth.payment_status}`))).toContain(id);
        seen.push(truth.payment_status);
      };
      const move = async (id: string, step: unknown[]) => {
        await applySteps(api, STATE.catalog, reasons, { id }, [step]);
        await check(id);
      };

      const a = await placeOrder(api, STATE.catalog, spec("authorized-2"));
      await check(a.id);
      await move(a.id, ["capture", 20]);
      await move(a.id, ["capture", 25]);
      await move(a.id, ["refund", 5]);
      await move(a.id, ["refund", 40]);

      const b = await placeOrder(api, STATE.catalog, spec("outstanding-positive"));
      await move(b.id, ["capture"]);
      await move(b.id, ["edit-add", "Abstraction Cap", 1]);
      const { order } = await ok("GET", `/admin/orders/${b.id}?fields=*payment_collections`);
      const notPaid = order.payment_collections.find((c: { status: string }) => c.status === "not_paid");
      await ok("POST", `/admin/payment-collections/${notPaid.id}/mark-as-paid`, { order_id: b.id });
      await check(b.id);

      // A collection soft-deleted (here the one an order edit added) no longer counts.
      const d = await placeOrder(api, STATE.catalog, spec("outstanding-positive"));
      await move(d.id, ["capture"]);
      await move(d.id, ["edit-add", "Abstraction Cap", 1]);
      const { order: edited } = await ok("GET", `/admin/orders/${d.id}?fields=*payment_collections`);
      const added = edited.payment_collections.find((c: { status: string }) => c.status === "not_paid");
      await ok("DELETE", `/admin/payment-collections/${added.id}`);
      await check(d.id);

      const c = await placeOrder(api, STATE.catalog, spec("authorized-3"));
      await move(c.id, ["cancel"]);
      const kinds = "authorized canceled captured partially_captured partially_refunded refunded".split(" ");
      expect([...new Set(seen)].sort()).toEqual(kinds);
    }, 240_000);
  });
}
