// The plugin's money moves on a real Medusa (plugin/src/money-moves): Idempotency-Key as Stripe
// has it, exact refund limits and no new money on a canceled order. The same checks run on a
// store without the plugin (E2E_MEDUSA_PLUGIN=off; the state file says `plugin: false`), where
// they assert what Medusa does alone: the key is ignored, a refund one cent over goes through.
//   E2E_MEDUSA_STATE=<state file> node e2e/medusa/start.mjs
//   E2E_MEDUSA_STATE=<state file> npx vitest run --config e2e/medusa/vitest.contract.config.ts plugin-money
// Every check places its own orders, so the seeded ones stay as the other checks expect them.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { newOrder, readState, signIn } from "./money-api";

const STATE = readState();
const PLUGIN = STATE.plugin !== false;
const SLOW = 180_000; // placing an order takes several seconds on a busy two-core machine
const key = () => `money-check-${randomUUID()}`;
const amounts = (rows: { amount: number }[]) => rows.map((r) => r.amount);

let admin: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  admin = await signIn(STATE);
});

describe(`Idempotency-Key on money moves (${PLUGIN ? "with" : "without"} the plugin)`, () => {
  it("replays a repeated capture with its first answer and captures once", { timeout: SLOW }, async () => {
    const { paymentId } = await newOrder(STATE, [["Analytical Notebook", 2]]);
    const k = key();
    const first = await admin.post(`/admin/payments/${paymentId}/capture`, { amount: 10 }, k);
    const again = await admin.post(`/admin/payments/${paymentId}/capture`, { amount: 10 }, k);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(first.replayed).toBeNull();
    const { captures } = await admin.payment(paymentId);
    if (PLUGIN) {
      expect(again.replayed).toBe("true");
      expect(again.text).toBe(first.text);
      expect(amounts(captures)).toEqual([10]);
    } else {
      expect(again.replayed).toBeNull();
      expect(amounts(captures)).toEqual([10, 10]);
    }
  });

  it("treats the same body in another key order as the same request", { timeout: SLOW }, async () => {
    const { paymentId } = await newOrder(STATE, [["Analytical Notebook", 2]], [["capture"]]);
    const k = key();
    const first = await admin.post(`/admin/payments/${paymentId}/refund`, { amount: 5, note: "money check" }, k);
    const again = await admin.post(`/admin/payments/${paymentId}/refund`, { note: "money check", amount: 5 }, k);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(amounts((await admin.payment(paymentId)).refunds)).toEqual(PLUGIN ? [5] : [5, 5]);
    expect(again.replayed).toBe(PLUGIN ? "true" : null);
  });

  it("refuses the same key with another body (422)", { timeout: SLOW }, async () => {
    const { paymentId } = await newOrder(STATE, [["Analytical Notebook", 2]]);
    const k = key();
    await admin.post(`/admin/payments/${paymentId}/capture`, { amount: 10 }, k);
    const other = await admin.post(`/admin/payments/${paymentId}/capture`, { amount: 20 }, k);
    const { captures } = await admin.payment(paymentId);
    if (PLUGIN) {
      expect(other.status).toBe(422);
      expect(other.body).toEqual({
        type: "invalid_data",
        message: "This Idempotency-Key was already used with another request body. Send a new key for a new request.",
      });
      expect(amounts(captures)).toEqual([10]);
    } else {
      expect(other.status).toBe(200);
      expect(amounts(captures).sort()).toEqual([10, 20]);
    }
  });

  it("captures once when 10 identical keyed captures arrive at once", { timeout: SLOW }, async () => {
    const { paymentId } = await newOrder(STATE, [["Analytical Notebook", 4]]); // 110: room for 10 x 10
    const k = key();
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => admin.post(`/admin/payments/${paymentId}/capture`, { amount: 10 }, k)),
    );
    const { captures } = await admin.payment(paymentId);
    const ran = replies.filter((r) => r.status === 200 && r.replayed === null);
    if (PLUGIN) {
      expect(amounts(captures)).toEqual([10]);
      expect(ran).toHaveLength(1);
      for (const r of replies.filter((r) => r !== ran[0])) {
        if (r.status === 409) expect(r.body.type).toBe("conflict");
        else expect([r.status, r.replayed, r.text]).toEqual([200, "true", ran[0]!.text]);
      }
    } else {
      // Medusa alone runs every one of them: the key does not stop a second capture.
      expect(captures.length).toBeGreaterThan(1);
      expect(replies.every((r) => r.replayed === null)).toBe(true);
    }
  });

  it("captures twice without a key, as Medusa does", { timeout: SLOW }, async () => {
    const { paymentId } = await newOrder(STATE, [["Analytical Notebook", 2]]);
    const first = await admin.post(`/admin/payments/${paymentId}/capture`, { amount: 10 });
    const again = await admin.post(`/admin/payments/${paymentId}/capture`, { amount: 10 });
    expect([first.status, again.status, first.replayed, again.replayed]).toEqual([200, 200, null, null]);
    expect(amounts((await admin.payment(paymentId)).captures)).toEqual([10, 10]);
  });

  it("runs a key again once it is older than 24 hours", { timeout: SLOW }, async () => {
    const { paymentId } = await newOrder(STATE, [["Analytical Notebook", 2]]);
    const k = key();
    await admin.post(`/admin/payments/${paymentId}/capture`, { amount: 10 }, k);
    if (PLUGIN) await ageKey(k, 25);
    const later = await admin.post(`/admin/payments/${paymentId}/capture`, { amount: 10 }, k);
    expect([later.status, later.replayed]).toEqual([200, null]);
    expect(amounts((await admin.payment(paymentId)).captures)).toEqual([10, 10]);
  });
});

/** Makes the stored key look `hours` old, straight in the server's database. */
async function ageKey(k: string, hours: number) {
  const db = new pg.Client({
    host: "127.0.0.1",
    port: STATE.ports.postgres,
    user: "postgres",
    database: "medusa_e2e",
  });
  await db.connect();
  try {
    const { rowCount } = await db.query(
      `update idempotent_request set created_at = created_at - make_interval(hours => $2) where key = $1`,
      [k, hours],
    );
    expect(rowCount).toBe(1);
  } finally {
    await db.end();
  }
}
