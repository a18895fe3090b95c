// The benchmark's backend: the project's own mock Medusa (seed data, rules, MSW handlers),
// plus orders that exist only to be measured. Loaded by server.mjs through Vite's module
// runner, so the mock's TypeScript runs unchanged in Node.
import { createBackend, createHandlers } from "../mocks/handlers";
import { newId, type DB, type MCollection, type MOrder, type MPayment } from "../mocks/db";

/** A session every bench browser presents as its cookie, so no run depends on the sign-in form. */
export const BENCH_TOKEN = "mocksess_BENCH";

const LIST_ORDERS = 10_000;
const LARGE_PAYMENTS = 100;
const REFUNDS_PER_PAYMENT = 5;
const CAPTURE_POOL = 60; // one fresh authorized order per capture run

const iso = (ms: number) => new Date(ms).toISOString();
// Bench orders are older than the seed's, so page 1 of the list still shows the demo orders.
const START = Date.UTC(2025, 0, 1);

function order(db: DB, displayId: number, createdMs: number, total: number, email: string): MOrder {
  const o: MOrder = {
    id: newId("order"),
    display_id: displayId,
    status: "pending",
    created_at: iso(createdMs),
    email,
    currency_code: "usd",
    customer: { id: newId("cus"), first_name: "Bench", last_name: `Customer ${displayId}`, email },
    items: [{ id: newId("ordli"), title: "Bench item", subtitle: null, quantity: 1, unit_price: total }],
    shipping_total: 0,
    tax_total: 0,
    discount_total: 0,
    credit_lines: [],
    version: 1,
    version_start_total: total,
    past_totals: {},
    changes: [],
    collections: [],
  };
  db.orders.push(o);
  return o;
}

function collection(o: MOrder, amount: number, status: MCollection["status"]): MCollection {
  const c: MCollection = {
    id: newId("pay_col"),
    order_id: o.id,
    currency_code: o.currency_code,
    amount,
    status,
    created_at: o.created_at,
    completed_at: status === "completed" ? o.created_at : null,
    payments: [],
  };
  o.collections.push(c);
  return c;
}

function payment(c: MCollection, amount: number, capturedAt: string | null): MPayment {
  const p: MPayment = {
    id: newId("pay"),
    collection_id: c.id,
    session_id: newId("payses"),
    provider_id: "pp_system_default",
    amount,
    currency_code: c.currency_code,
    created_at: c.created_at,
    captured_at: capturedAt,
    canceled_at: null,
    captures: capturedAt ? [{ id: newId("capt"), amount, created_at: capturedAt, created_by: null }] : [],
    refunds: [],
  };
  c.payments.push(p);
  return p;
}

/** 10,000 ordinary orders, every other one captured, for the paged list. */
function addListOrders(db: DB) {
  for (let i = 0; i < LIST_ORDERS; i++) {
    const created = START + i * 60_000;
    const total = 1000 + ((i * 379) % 20_000);
    const o = order(db, 20_001 + i, created, total, `list.${i}@example.com`);
    const captured = i % 2 === 1;
    payment(collection(o, total, captured ? "completed" : "authorized"), total, captured ? iso(created + 1000) : null);
  }
}

/** One order with 100 captured payments and 500 refunds (returned as credit, so nothing is outstanding). */
function addLargeOrder(db: DB, reasonIds: string[]) {
  const each = 1000;
  const created = START - 86_400_000;
  const o = order(db, 9001, created, LARGE_PAYMENTS * each, "large@example.com");
  const c = collection(o, LARGE_PAYMENTS * each, "completed");
  let refundedTotal = 0;
  for (let i = 0; i < LARGE_PAYMENTS; i++) {
    const p = payment(c, each, iso(created + (i + 1) * 60_000));
    for (let r = 0; r < REFUNDS_PER_PAYMENT; r++) {
      const at = iso(created + 86_400_000 + (i * REFUNDS_PER_PAYMENT + r) * 60_000);
      p.refunds.push({
        id: newId("ref"),
        amount: 100,
        note: `Bench refund ${r + 1}`,
        refund_reason_id: reasonIds[r % reasonIds.length] ?? null,
        created_at: at,
        created_by: null,
      });
      refundedTotal += 100;
    }
  }
  o.version = 2;
  o.credit_lines.push({
    id: newId("ordcl"),
    amount: refundedTotal,
    reference: "refund",
    reference_id: null,
    version: 2,
    created_at: iso(created + 2 * 86_400_000),
  });
  return o;
}

/** Authorized orders shaped like demo order #1001 (60.00), each captured once by one run. */
function addCapturePool(db: DB) {
  return Array.from({ length: CAPTURE_POOL }, (_, i) => {
    const o = order(db, 5001 + i, START - 2 * 86_400_000 + i * 60_000, 6000, `capture.${i}@example.com`);
    payment(collection(o, 6000, "authorized"), 6000, null);
    return o.id;
  });
}

/** `plugin: false` plays a store without this repository's Medusa plugin (the mock's switch). */
export function createBenchStore({ plugin = true } = {}) {
  const backend = createBackend();
  const db = backend.db;
  if (!plugin) db.plugin = false;
  db.tokens.push(BENCH_TOKEN);
  const byDisplay = (n: number) => db.orders.find((o) => o.display_id === n)!.id;
  const ids = {
    authorized: byDisplay(1001), // the seed's order to capture (dialog opened, never confirmed)
    captured: byDisplay(1003), // the seed's order to refund (drawer opened, never sent)
    large: addLargeOrder(
      db,
      db.reasons.map((r) => r.id),
    ).id,
    capturePool: addCapturePool(db),
  };
  addListOrders(db);
  return { backend, handlers: createHandlers(backend), ids, orderCount: db.orders.length };
}
