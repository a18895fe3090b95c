// Contract check of the capture queue (GET /admin/order-payments/to-capture): the mock and the
// live server compared on the seeded orders no server check changes (contract-sides.ts ROLES),
// on what every row obeys (sorted by when it lapses, the lapse = authorization + the window
// asked for), and on the refusals of a bad query. Without the plugin the route does not exist.
//   node e2e/medusa/start.mjs && npx vitest run --config e2e/medusa/vitest.contract.config.ts
import { beforeAll, describe, expect, it } from "vitest";
import { pairOfSides, PLUGIN, type Side } from "./contract-sides";

const sides = pairOfSides();
beforeAll(() => sides.signIn());

const PATH = "/admin/order-payments/to-capture";
const DAY = 86_400_000;
type QueueRow = {
  id: string;
  provider_id: string;
  currency_code: string;
  amount: number;
  captured_amount: number;
  created_at: string;
  expires_at: string;
  order: { id: string; display_id: number; email: string; customer: { first_name: string; last_name: string } | null };
};

/** The whole queue, a page of 100 at a time, with `query` added to each request. */
async function wholeQueue(s: Side, query = "") {
  const rows: QueueRow[] = [];
  for (let offset = 0; ; offset += 100) {
    const reply = await s.call(`${PATH}?limit=100&offset=${offset}${query}`);
    const page = reply.body as { payments: QueueRow[]; count: number };
    rows.push(...page.payments);
    if (offset + 100 >= page.count) return { status: reply.status, rows, count: page.count };
  }
}

const keys = (o: object) => Object.keys(o).sort().join(",");

if (PLUGIN)
  describe("mock vs real Medusa with the plugin: the capture queue", () => {
    it("lists the seeded orders' authorized money, in the same shape, sorted by when it lapses", async () => {
      const { real: r, mock: m } = await sides.both(async (s) => {
        const { status, rows, count } = await wholeQueue(s, "&window_days=7&provider_window_days[pp_system_default]=3");
        return {
          status,
          countIsRows: count === rows.length,
          shapes: [...new Set(rows.map((row) => `${keys(row)} | ${keys(row.order)}`))],
          sorted: rows.every((row, i) => i === 0 || rows[i - 1]!.expires_at <= row.expires_at),
          // The manual provider's own window (3 days) wins over the default (7).
          windowed: rows.every(
            (row) =>
              Date.parse(row.expires_at) - Date.parse(row.created_at) ===
              (row.provider_id === "pp_system_default" ? 3 : 7) * DAY,
          ),
          somethingLeft: rows.every((row) => row.amount > row.captured_amount),
          known: rows
            .filter((row) => s.role.has(row.order.id))
            .map(({ id: _id, created_at: _c, expires_at: _e, order: { id, display_id, ...order }, ...rest }) => ({
              role: s.role.get(id),
              numbered: display_id === s.displayId(s.role.get(id)!),
              ...order,
              ...rest,
            })),
        };
      });
      // Of the orders no check changes, only the partly captured one holds money to capture: the
      // canceled order's authorized remainder is never capturable, so it is not listed.
      expect(r.known.map((k) => k.role)).toEqual(["partially-captured"]);
      expect(r).toMatchObject({ status: 200, countIsRows: true, sorted: true, windowed: true, somethingLeft: true });
      expect(m).toEqual(r);
    });

    it("a page of none still counts them all", async () => {
      const { real: r, mock: m } = await sides.both(async (s) => {
        const reply = await s.call(`${PATH}?limit=0`);
        const body = reply.body as { payments: unknown[]; count: number; limit: number; offset: number };
        return { status: reply.status, rows: body.payments.length, counted: body.count > 0, limit: body.limit };
      });
      expect(r).toEqual({ status: 200, rows: 0, counted: true, limit: 0 });
      expect(m).toEqual(r);
    });

    it.each([
      "limit=101",
      "offset=-1",
      "window_days=0",
      "window_days=366",
      "window_days=abc",
      "provider_window_days[pp_stripe]=abc",
      "provider_window_days[pp_stripe]=400",
      "provider_window_days=3",
      "provider_window_days[p%20q]=3",
      "unknown=1",
    ])("refuses %s with the same words", async (query) => {
      const { real: r, mock: m } = await sides.both(async (s) => {
        const reply = await s.call(`${PATH}?${query}`);
        return { status: reply.status, body: reply.body };
      });
      expect(r.status).toBe(400);
      expect(m).toEqual(r);
    });
  });

if (!PLUGIN)
  describe("mock vs real Medusa without the plugin: the capture queue", () => {
    it("has no /admin/order-payments/to-capture", async () => {
      const { real: r, mock: m } = await sides.both(async (s) => (await s.call(PATH)).status);
      expect(r).toBe(404);
      expect(m).toBe(r);
    });
  });
