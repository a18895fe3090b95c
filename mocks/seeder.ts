// How the seed data is built: an empty store at a fixed time, and orders placed into it with
// ids and times of their own, so the demo looks the same on every reset.
import { now, type CollectionStatus, type DB, type MOrder } from "./db";
import { capturePayment, nextVersion, refundPayment } from "./rules";
import { captured, orderTotals, refunded } from "./totals";

const BASE = Date.UTC(2026, 9, 1, 9, 0, 0); // orders are spread over the weeks after this

type Line = [title: string, unitPrice: number, quantity: number, variant?: string];
type Reason = readonly [id: string, label: string, code: string, description: string];
export type Seeder = ReturnType<typeof createSeeder>;

/** An empty store with these refund reasons and this user, and the builders that fill it. */
export function createSeeder(reasons: readonly Reason[], user: DB["users"][number]) {
  const db: DB = {
    orders: [],
    reasons: reasons.map(([id, label, code, description]) => ({
      id,
      label,
      code,
      description,
      created_at: new Date(BASE).toISOString(),
    })),
    users: [user],
    tokens: [],
    idempotency: {},
    clock: BASE,
    seeding: true,
  };
  let n = 0;
  const id = (prefix: string) => `${prefix}_01DEMO${String(++n).padStart(20, "0")}`;
  let displayId = 1000;
  let hour = 0;
  // Seeded writes get ids and times of their own so the demo looks the same on every reset.
  const at = () => new Date(BASE + ++hour * 3_600_000 + 17_000).toISOString();

  /** An order with one collection in this status, paid for by one payment where the status has one. */
  function place(
    name: string,
    email: string,
    currency: string,
    lines: Line[],
    shipping: number,
    status: CollectionStatus = "authorized",
  ): MOrder {
    const [first, last] = name.split(" ");
    const created = at();
    const order: MOrder = {
      id: id("order"),
      display_id: ++displayId,
      status: "pending",
      created_at: created,
      email,
      currency_code: currency,
      customer: { id: id("cus"), first_name: first ?? null, last_name: last ?? null, email },
      items: lines.map(([title, unit_price, quantity, variant]) => ({
        id: id("ordli"),
        title,
        subtitle: null,
        quantity,
        unit_price,
        ...(variant ? { variant_title: variant } : {}),
      })),
      shipping_total: shipping,
      tax_total: 0,
      discount_total: 0,
      credit_lines: [],
      version: 1,
      version_start_total: 0,
      past_totals: {},
      changes: [],
      collections: [],
    };
    order.version_start_total = orderTotals(order).total;
    const amount = order.version_start_total;
    // A bank step (3-D Secure) comes before any payment: Medusa records one once it is authorized.
    const hasPayment = ["authorized", "canceled"].includes(status);
    order.collections.push({
      id: id("pay_col"),
      order_id: order.id,
      currency_code: currency,
      amount,
      status,
      created_at: created,
      completed_at: null,
      payments: hasPayment
        ? [
            {
              id: id("pay"),
              collection_id: "",
              session_id: id("payses"),
              provider_id: "pp_system_default",
              amount,
              currency_code: currency,
              created_at: created,
              captured_at: null,
              canceled_at: status === "canceled" ? created : null,
              captures: [],
              refunds: [],
            },
          ]
        : [],
    });
    for (const c of order.collections) for (const p of c.payments) p.collection_id = c.id;
    db.orders.push(order);
    db.clock = Date.parse(created);
    return order;
  }

  const pay = (o: MOrder, c = 0, p = 0) => o.collections[c]!.payments[p]!.id;
  const capture = (o: MOrder, amount?: number, c = 0, p = 0) =>
    capturePayment(db, pay(o, c, p), amount, db.users[0]!.id);
  /** `reason` is an index into the refund reasons. */
  const refund = (o: MOrder, amount: number, note: string | null, reason: number | null, c = 0, p = 0) => {
    refundPayment(
      db,
      pay(o, c, p),
      { amount, note: note ?? undefined, refund_reason_id: reason === null ? undefined : reasons[reason]![0] },
      db.users[0]!.id,
    );
  };

  /**
   * The order canceled as Medusa 2.21 cancels it (POST /admin/orders/:id/cancel): what was captured
   * is refunded (no reason), payments with no capture are canceled, a partly captured one stays
   * authorized for the rest, every collection is canceled, and the order moves to a new version.
   */
  const cancel = (o: MOrder) => {
    const version = o.version;
    for (const c of o.collections) {
      for (const p of c.payments) {
        if (p.canceled_at) continue;
        if (p.captures.length === 0) {
          p.canceled_at = now(db);
          continue;
        }
        const left = captured(p) - refunded(p);
        if (left > 0) refundPayment(db, p.id, { amount: left }, db.users[0]!.id);
      }
    }
    // A refund beyond what is owed already opened a version, with its credit line; otherwise the cancel does.
    if (o.version === version) nextVersion(db, o);
    for (const c of o.collections) c.status = "canceled";
    o.status = "canceled";
    o.canceled_at = now(db);
  };

  /** The finished store: from here on its time is the wall clock's. */
  const done = () => {
    delete db.seeding;
    db.clock = Date.now();
    return db;
  };

  return { db, id, at, place, capture, refund, cancel, done };
}
