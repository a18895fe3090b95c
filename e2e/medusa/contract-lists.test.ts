// Contract check of Medusa's own orders list, as the app asks for it without the plugin
// (GET /admin/orders with its `fields`, newest first): the mock and the live server, compared on
// the orders both hold (the seeded roles, in shared terms: contract-terms.ts), on what every row
// obeys, and on search (q) and paging (limit, offset, count). With or without the plugin: Medusa's
// route is the same either way. The plugin's own list is checked in contract-plugin.test.ts.
//   node e2e/medusa/start.mjs && npx vitest run --config e2e/medusa/vitest.contract.config.ts
import { beforeAll, describe, expect, it } from "vitest";
import { answers, appView, LIST_FIELDS, type ListRow as Row } from "../app-answers";
import { pairOfSides, type Side } from "./contract-sides";
import { differences, idNamer } from "./contract-terms";

const sides = pairOfSides();
beforeAll(() => sides.signIn());

/** One page as the app asks for it, as the app reads it. */
async function list(s: Side, query: string) {
  const reply = await s.call(`/admin/orders?fields=${LIST_FIELDS}&order=-created_at&${query}`);
  const view = appView(answers.listPage, reply.body) as { orders?: Row[]; count?: number };
  return { status: reply.status, rows: view.orders ?? [], count: view.count, body: reply.body, view };
}

/** The seeded orders' rows by role, in shared terms; the rest are other tests' orders. */
function knownRows(s: Side, rows: Row[]) {
  const terms = idNamer();
  return rows
    .filter((r) => s.role.has(r.id))
    .map((r) => ({ role: s.role.get(r.id)!, numbered: r.display_id === s.displayId(s.role.get(r.id)!), ...r }))
    .sort((a, b) => (a.role < b.role ? -1 : 1))
    .map(({ id: _id, ...rest }) => terms(rest));
}

describe("mock vs real Medusa: GET /admin/orders as the app lists orders", () => {
  it("rows of the seeded orders, and the count of all", async () => {
    const { real: r, mock: m } = await sides.both(async (s) => {
      // The oldest hundred: the seeded orders are among them, however many tests placed since.
      const count = (await list(s, "limit=1")).count ?? 0;
      const all = await list(s, `limit=100&offset=${Math.max(0, count - 100)}`);
      return {
        status: all.status,
        readable: !("unreadableByTheApp" in all.view),
        countCoversRows: all.count === count && all.rows.length === Math.min(100, count),
        known: knownRows(s, all.rows),
      };
    });
    expect(r.known.length).toBe(6);
    expect(differences(r, m)).toEqual([]);
  });

  // Medusa reads q as text anywhere in the order: the display id as text, the email, the names on
  // its addresses; every word must match. The app strips a leading "#" before asking.
  it.each([
    ["by email", () => "edsger@example.com", ["refunded"]],
    ["by display id, as text", (s: Side) => String(s.displayId("captured")), ["captured"]],
    ["by the customer's last name", () => "Dijkstra", ["refunded"]],
    ["by two words, both needed", () => "Katherine Johnson", ["partially-refunded"]],
    ["with a '#' (nothing: no field holds one)", (s: Side) => `#${s.displayId("captured")}`, []],
  ] as const)("search %s", async (_name, q, roles) => {
    const { real: r, mock: m } = await sides.both(async (s) => {
      const found = await list(s, `q=${encodeURIComponent(q(s))}&limit=100`);
      return { status: found.status, roles: knownRows(s, found.rows).map((k) => (k as { role: string }).role) };
    });
    expect(r.roles).toEqual(roles);
    expect(differences(r, m)).toEqual([]);
  });

  it("paging: limit and offset walk one list without overlap, and the count is of all", async () => {
    const { real: r, mock: m } = await sides.both(async (s) => {
      const pageOf = await list(s, "limit=2&offset=1");
      const three = await list(s, "limit=3&offset=0");
      const body = pageOf.body as { limit?: number; offset?: number };
      return {
        status: pageOf.status,
        limit: body.limit,
        offset: body.offset,
        rows: pageOf.rows.length,
        sameAsSlice: JSON.stringify(pageOf.rows) === JSON.stringify(three.rows.slice(1)),
        sameCount: pageOf.count === three.count,
      };
    });
    expect(r).toEqual({ status: 200, limit: 2, offset: 1, rows: 2, sameAsSlice: true, sameCount: true });
    expect(differences(r, m)).toEqual([]);
  });
});
