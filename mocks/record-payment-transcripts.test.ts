// Replays what a real Medusa 2.21.2 answered to the calls behind "Record payment"
// (mocks/transcripts/record-payment, written by e2e/medusa/record-payment-transcripts.mjs) on the
// mock, once as the store with the plugin and once without: each answer's status and error words,
// the new collection's amount and status, and the order's payment state afterwards (payment status,
// outstanding amount, its collections, its metadata) must be the server's.
//
// The recorded orders stand for the mock's demo orders: "outstanding-positive" is #1006 (60.00
// captured, 25.00 requested), "canceled-after-capture" is #1045. Ids the server made are paired
// with the mock's as they appear.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer, DEMO_USER } from "./node";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
type Transcript = {
  name: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: Json };
  response: { status: number; headers: Record<string, string | null>; body: Json };
  order_after?: Obj;
};

const ROOT = join(import.meta.dirname, "transcripts/record-payment");
const BASE = "http://medusa.test";
const obj = (v: Json | undefined): Obj => (v && typeof v === "object" && !Array.isArray(v) ? v : {});

function load(folder: string): Transcript[] {
  const dir = join(ROOT, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Transcript);
}

/** The order's payment state, as compared: ids through `name`, amounts as sent. */
function state(order: Obj, name: (id: string) => string) {
  const summary = obj(order.summary);
  const metadata = obj(order.metadata);
  return {
    payment_status: order.payment_status,
    pending_difference: summary.pending_difference,
    paid_total: summary.paid_total,
    collections: (order.payment_collections as Obj[]).map((c) => `${name(c.id as string)} ${c.status} ${c.amount}`),
    metadata: Object.keys(metadata)
      .map((k) => `${k.replace(/pay_\w+/, (id) => name(id))}=${JSON.stringify(metadata[k])}`)
      .sort(),
  };
}

for (const folder of ["no-plugin", "plugin"]) {
  const transcripts = load(folder);
  describe(`record payment: the mock answers as Medusa 2.21.2 did (${folder})`, () => {
    const { server, backend } = createMockServer();
    const toMock = new Map<string, string>();
    const names = new Map<string, string>();
    /** A stable name for a server-made id, the same on both sides once paired. */
    const name = (id: string) => names.get(id) ?? id;
    let token = "";
    let orders: Record<string, string> = {};

    beforeAll(async () => {
      server.listen({ onUnhandledRequest: "error" });
      backend.db.plugin = folder === "plugin";
      const res = await fetch(`${BASE}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(DEMO_USER),
      });
      token = ((await res.json()) as { token: string }).token;
      const byDisplay = (n: number) => backend.db.orders.find((o) => o.display_id === n)!;
      const owes = byDisplay(1006);
      orders = { owes: owes.id, canceled: byDisplay(1045).id };
      const first = transcripts[0];
      if (!first) return;
      const recorded = obj(obj(first.response.body).order);
      toMock.set(recorded.id as string, owes.id);
      for (const [i, c] of (recorded.payment_collections as Obj[]).entries()) {
        toMock.set(c.id as string, owes.collections[i]!.id);
        names.set(c.id as string, `col${i}`);
        names.set(owes.collections[i]!.id, `col${i}`);
      }
    });
    afterAll(() => server.close());

    /** Pairs the ids a server made in a recorded value with the mock's, in order of appearance. */
    function pair(recorded: Json | undefined, mock: Json | undefined) {
      if (Array.isArray(recorded) && Array.isArray(mock)) recorded.forEach((r, i) => pair(r, mock[i]));
      else if (recorded && mock && typeof recorded === "object" && typeof mock === "object") {
        const [r, m] = [obj(recorded), obj(mock)];
        if (typeof r.id === "string" && typeof m.id === "string" && !toMock.has(r.id)) {
          toMock.set(r.id, m.id);
          const n = `new${names.size}`;
          names.set(r.id, n);
          names.set(m.id, n);
        }
        for (const k of Object.keys(r)) pair(r[k], m[k]);
      }
    }
    const rewrite = (text: string) => {
      let out = text;
      for (const [r, m] of toMock) out = out.split(r).join(m);
      return out;
    };

    it("has transcripts to replay", () => {
      expect(transcripts.length, `no transcripts in ${join(ROOT, folder)}`).toBeGreaterThan(0);
    });

    for (const t of transcripts) {
      it(t.name, async () => {
        // The canceled order is the only other one the recording touched.
        if (t.order_after && !toMock.has(t.order_after.id as string))
          toMock.set(t.order_after.id as string, orders.canceled!);
        const body = t.request.body === undefined ? undefined : rewrite(JSON.stringify(t.request.body));
        const headers: Record<string, string> = { authorization: `Bearer ${token}` };
        if (body) headers["content-type"] = "application/json";
        if (t.request.headers["idempotency-key"]) headers["idempotency-key"] = t.request.headers["idempotency-key"];
        const res = await fetch(`${BASE}${rewrite(t.request.url)}`, { method: t.request.method, headers, body });
        const answer = (await res.json()) as Json;
        expect(res.status, JSON.stringify(answer)).toBe(t.response.status);
        const want = obj(t.response.body);
        const got = obj(answer);
        if (t.response.status >= 400) {
          expect({ type: got.type, message: got.message }).toEqual({
            type: want.type,
            message: rewrite(want.message as string),
          });
        }
        pair(t.response.body, answer);
        if (want.payment_collection) {
          const [w, g] = [obj(want.payment_collection), obj(got.payment_collection)];
          expect([g.status, g.amount]).toEqual([w.status, w.amount]);
        }
        if (t.response.headers["idempotent-replayed"]) {
          expect(res.headers.get("idempotent-replayed")).toBe(t.response.headers["idempotent-replayed"]);
        }
        if (!t.order_after) return;
        const mockId = toMock.get(t.order_after.id as string)!;
        const fields = "id,status,metadata,payment_status,summary,*payment_collections";
        const after = await fetch(`${BASE}/admin/orders/${mockId}?fields=${encodeURIComponent(fields)}`, { headers });
        const order = obj(obj((await after.json()) as Json).order);
        pair(t.order_after, order);
        expect(state(order, name)).toEqual(state(t.order_after, name));
      });
    }
  });
}
