// Contract check of what Activity asks about order edits (src/api/order-edits.ts): the order's
// confirmed edits from GET /admin/orders/:id/changes, and its total at a version from
// GET /admin/orders/:id?version=N. The mock and a live Medusa must agree on the filter, the fields,
// the totals on either side of an edit, the total of a version the order never had, and refusals.
//   node e2e/medusa/start.mjs && npx vitest run --config e2e/medusa/vitest.contract.config.ts
import { beforeAll, describe, expect, it } from "vitest";
import { pairOfSides, type Side } from "./contract-sides";
import { differences } from "./contract-terms";

const sides = pairOfSides();
beforeAll(() => sides.signIn());

/** As src/api/order-edits.ts asks (not importable here: it loads the app's request module). */
const EDITS = "change_type=edit&status=confirmed&fields=id,version,confirmed_at,confirmed_by";
const id = (s: Side, role: string) => [...s.role].find(([, r]) => r === role)![0];
const me = async (s: Side) => s.call("/admin/users/me").then((r) => (r.body.user as { id: string }).id);

describe("mock vs real Medusa: the order edits Activity shows", () => {
  it("lists an edit with its version, when it was confirmed and by whom", async () => {
    const { real: r, mock: m } = await sides.both(async (s) => {
      const reply = await s.call(`/admin/orders/${id(s, "outstanding-negative")}/changes?${EDITS}`);
      const changes = reply.body.order_changes as Record<string, unknown>[];
      const user = await me(s);
      return {
        status: reply.status,
        keys: changes.map((c) => Object.keys(c).sort()),
        versions: changes.map((c) => c.version),
        confirmedByMe: changes.map((c) => c.confirmed_by === user),
        dated: changes.map((c) => !Number.isNaN(Date.parse(String(c.confirmed_at)))),
      };
    });
    expect(r.versions).toEqual([2]);
    expect(differences(r, m)).toEqual([]);
  });

  it("the totals on either side of it, and 0 for versions the order never had", async () => {
    const { real: r, mock: m } = await sides.both(async (s) => {
      const totals: Record<number, unknown> = {};
      for (const v of [0, 1, 2, 3]) {
        const reply = await s.call(`/admin/orders/${id(s, "outstanding-negative")}?version=${v}&fields=id,total`);
        const order = reply.body.order as { total: number; version: number };
        totals[v] = [reply.status, order.total, order.version];
      }
      return totals;
    });
    expect(r).toEqual({ 0: [200, 0, 2], 1: [200, 100, 2], 2: [200, 70, 2], 3: [200, 0, 2] });
    expect(differences(r, m)).toEqual([]);
  });

  it("leaves out changes that are not edits: a cancellation's credit line", async () => {
    const { real: r, mock: m } = await sides.both(async (s) => {
      const path = `/admin/orders/${id(s, "canceled-after-capture")}/changes`;
      const edits = await s.call(`${path}?${EDITS}`);
      const all = await s.call(`${path}?fields=id,change_type,status,version`);
      const kinds = (all.body.order_changes as Record<string, unknown>[]).map((c) => [
        c.change_type,
        c.status,
        c.version,
      ]);
      return { edits: edits.body.order_changes, kinds };
    });
    expect(r.edits).toEqual([]);
    expect(differences(r, m)).toEqual([]);
  });

  it("answers alike an order it does not have, an unknown query key and a version that is not a number", async () => {
    const { real: r, mock: m } = await sides.both(async (s) => {
      const order = id(s, "outstanding-negative");
      const asked = [
        `/admin/orders/order_01CONTRACTNOSUCHORDER0000/changes?${EDITS}`,
        `/admin/orders/${order}/changes?fields=id&foo=1`,
        `/admin/orders/${order}/changes?fields=id&limit=5`,
        `/admin/orders/${order}?version=abc&fields=id,total`,
      ];
      return Promise.all(asked.map((path) => s.call(path).then((reply) => [reply.status, reply.body])));
    });
    expect(differences(r, m)).toEqual([]);
  });
});
