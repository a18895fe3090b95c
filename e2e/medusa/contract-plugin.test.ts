// Contract check of the plugin's half: the same calls to the mock (mocks/, msw/node) and to the
// live server start.mjs started, bodies compared after ids, dates and display ids are put in
// terms both sides share (the seeded order's role). With the plugin: GET /admin/order-payments
// (each status present, search by #id, email and name, paging) and Idempotency-Key (a replay, a key
// reused with another body, two identical requests at once). Without it: what Medusa does alone.
//   node e2e/medusa/start.mjs && npx vitest run --config e2e/medusa/vitest.contract.config.ts
// The key checks capture from a seeded order: restart the server (stop.mjs, start.mjs) before a rerun.
import { beforeAll, describe, expect, it } from "vitest";
import { listTerms, pairOfSides, PLUGIN, type Reply, type Row } from "./contract-sides";

const sides = pairOfSides();
const both = sides.both;

beforeAll(() => sides.signIn());

if (PLUGIN)
  describe("mock vs real Medusa with the plugin: GET /admin/order-payments", () => {
    it.each(["partially_captured", "captured", "partially_refunded", "refunded", "requires_action"])(
      "payment_status[]=%s",
      async (status) => {
        const { real: r, mock: m } = await both(async (s) =>
          listTerms(
            s,
            await s.call(`/admin/order-payments?payment_status[]=${status}&limit=100`),
            (row) => row.payment_status === status,
          ),
        );
        expect(r.everyRowObeys).toBe(true);
        expect(m).toEqual(r);
      },
    );

    it("search by display id with '#'", async () => {
      const { real: r, mock: m } = await both(async (s) => {
        const reply = await s.call(`/admin/order-payments?q=${encodeURIComponent(`#${s.displayId("captured")}`)}`);
        return { ...listTerms(s, reply, () => true), count: reply.body.count };
      });
      expect(r.count).toBe(1);
      expect(m).toEqual(r);
    });

    it("search by email", async () => {
      const { real: r, mock: m } = await both(async (s) =>
        listTerms(s, await s.call("/admin/order-payments?q=edsger%40example.com"), (row) =>
          row.email.includes("edsger@"),
        ),
      );
      expect(r.known.map((o) => o.role)).toEqual(["refunded"]);
      expect(m).toEqual(r);
    });

    it("search by customer name, with the count of what it found", async () => {
      const { real: r, mock: m } = await both(async (s) => {
        const reply = await s.call("/admin/order-payments?q=Katherine");
        const rows = (reply.body.orders ?? []) as Row[];
        return { ...listTerms(s, reply, () => true), countIsRows: reply.body.count === rows.length };
      });
      expect(r.known.map((o) => o.role)).toEqual(["partially-refunded"]);
      expect(m).toEqual(r);
    });

    it("paging: limit and offset walk one list without overlap", async () => {
      const { real: r, mock: m } = await both(async (s) => {
        const ids = async (q: string) =>
          ((await s.call(`/admin/order-payments?${q}`)).body.orders as Row[]).map((o) => o.id);
        const page = await s.call("/admin/order-payments?limit=2&offset=1");
        const three = await ids("limit=3&offset=0");
        const all = await s.call("/admin/order-payments?limit=1");
        return {
          sameCount: page.body.count === all.body.count,
          limit: page.body.limit,
          offset: page.body.offset,
          rows: (page.body.orders as Row[]).length,
          sameAsSlice: JSON.stringify((page.body.orders as Row[]).map((o) => o.id)) === JSON.stringify(three.slice(1)),
        };
      });
      expect(r).toEqual({ sameCount: true, limit: 2, offset: 1, rows: 2, sameAsSlice: true });
      expect(m).toEqual(r);
    });

    it("an unknown payment_status is a 400 with the same words", async () => {
      const { real: r, mock: m } = await both(async (s) => {
        const reply = await s.call("/admin/order-payments?payment_status[]=paid");
        return { status: reply.status, body: reply.body };
      });
      expect(r.status).toBe(400);
      expect(m).toEqual(r);
    });
  });

/** A capture of 10 under a key, in shared terms: status, error words, and whether it was replayed. */
const outcome = (reply: Reply) => ({
  status: reply.status,
  type: reply.body.type ?? null,
  message: reply.body.message ?? null,
  replayed: reply.replayed,
});

describe("mock vs real Medusa: Idempotency-Key on a capture", () => {
  const key = `contract-${Date.now()}`;
  let results: { real: unknown; mock: unknown };

  beforeAll(async () => {
    results = await both(async (s) => {
      const capture = (amount: number, k: string) => s.call(s.capturePath, { body: { amount }, key: k });
      const paymentPath = `${s.capturePath.replace(/\/capture$/, "")}?fields=id,*captures`;
      const capturesNow = async () =>
        ((await s.call(paymentPath)).body.payment as { captures: { amount: number }[] }).captures.map((c) => c.amount);
      const before = (await capturesNow()).length; // a rerun on the same server finds earlier ones
      // Small amounts: without the plugin every one of them moves, within the 32.75 authorized.
      const first = await capture(5, key);
      const replay = await capture(5, key);
      const reused = await capture(6, key);
      const atOnce = await Promise.all([capture(1, `${key}-b`), capture(1, `${key}-b`)]);
      const captures = (await capturesNow()).slice(before);
      return {
        first: outcome(first),
        replay: outcome(replay),
        replaySameBody: JSON.stringify(replay.body) === JSON.stringify(first.body),
        reused: outcome(reused),
        atOnce: atOnce.map(outcome).sort((a, b) => a.status - b.status),
        captures: captures.sort((a, b) => a - b),
      };
    });
  });

  it(
    PLUGIN
      ? "replays, refuses another body, and moves once when two arrive at once"
      : "is ignored: every request moves money",
    () => {
      if (PLUGIN) expect(results.real).toMatchObject({ replaySameBody: true, captures: [1, 5] });
      else expect(results.real).toMatchObject({ captures: [1, 1, 5, 5, 6] });
      expect(results.mock).toEqual(results.real);
    },
  );
});

if (!PLUGIN)
  describe("mock vs real Medusa without the plugin", () => {
    it("has no /admin/order-payments", async () => {
      const { real: r, mock: m } = await both(async (s) => (await s.call("/admin/order-payments")).status);
      expect(r).toBe(404);
      expect(m).toBe(r);
    });
  });
