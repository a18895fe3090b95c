// Mock records to the JSON a Medusa 2.x server sends: decimal amounts with their
// exact `raw_*` twins, relations only where `fields` asks for them.
import { toApi, toDecimalString } from "../src/lib/money";
import type { DB, MCollection, MItem, MOrder, MOrderChange, MPayment } from "./db";
import { collectionFigures, orderSummary, orderTotals, paymentStatus } from "./totals";

/** Medusa's exact decimal text has no trailing zeros: "60", "45.5", "0.01", "-0.01". */
export function plainDecimal(minor: number, cur: string): string {
  const text = toDecimalString(minor, cur);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
const raw = (minor: number, cur: string) => ({ value: plainDecimal(minor, cur), precision: 20 });
const num = (minor: number | null, cur: string) => (minor === null ? null : toApi(minor, cur));

// Medusa's default order fields leave these out (an order read without `fields` has no
// email, currency_code or customer), and always add status and version.
const NOT_DEFAULT = new Set(["email", "currency_code", "canceled_at"]);
const ALWAYS = new Set(["id", "status", "version"]);

/** Which relations a `fields` query string asks for; no `fields` means Medusa's defaults. */
export function parseFields(fields: string | null) {
  const tokens = (fields ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const names = tokens.map((t) => t.replace(/^[*+-]/, ""));
  const asks = (path: string) => !fields || names.some((n) => n === path || n.startsWith(`${path}.`));
  const bare = tokens.filter((t) => !/^[*+-]/.test(t) && !t.includes("."));
  return {
    scalar: (key: string) =>
      ALWAYS.has(key) || names.includes(key) || (bare.length === 0 ? !NOT_DEFAULT.has(key) : bare.includes(key)),
    summary: !fields || names.some((n) => n === "summary" || n.startsWith("summary.")),
    /** A summary's fields: all of them with their raw_ twins, else only those named (`summary.pending_difference`). */
    summaryField: (key: string) => !fields || names.includes("summary") || names.includes(`summary.${key}`),
    summaryRaw: !fields || names.includes("summary"),
    collections: asks("payment_collections"),
    payments: asks("payment_collections.payments"),
    captures: asks("payment_collections.payments.captures"),
    refunds: asks("payment_collections.payments.refunds"),
    reasons: !fields || names.some((n) => n.startsWith("payment_collections.payments.refunds.refund_reason")),
    customer: !!fields && asks("customer"),
    /** Which of the customer's fields: all for `*customer`, else those named (`customer.first_name`) and the id. */
    customerField: (key: string) => names.includes("customer") || key === "id" || names.includes(`customer.${key}`),
    items: asks("items"),
    /** An item's fields: all by default or for `*items`, else those named (`items.title`) and the id. */
    itemField: (key: string) => !fields || names.includes("items") || key === "id" || names.includes(`items.${key}`),
    detailField: (key: string) =>
      !fields || names.includes("items") || names.includes("items.detail") || names.includes(`items.detail.${key}`),
  };
}

type Want = ReturnType<typeof parseFields>;

export function paymentJson(db: DB, p: MPayment, want: Partial<Want> = {}) {
  const cur = p.currency_code;
  return {
    id: p.id,
    currency_code: cur,
    provider_id: p.provider_id,
    amount: num(p.amount, cur),
    raw_amount: raw(p.amount, cur),
    captured_at: p.captured_at,
    canceled_at: p.canceled_at,
    payment_collection_id: p.collection_id,
    payment_session_id: p.session_id,
    created_at: p.created_at,
    updated_at: p.created_at,
    ...(want.captures === false
      ? {}
      : {
          captures: p.captures.map((c) => ({
            id: c.id,
            payment_id: p.id,
            amount: num(c.amount, cur),
            raw_amount: raw(c.amount, cur),
            created_by: c.created_by,
            created_at: c.created_at,
          })),
        }),
    ...(want.refunds === false
      ? {}
      : {
          refunds: p.refunds.map((r) => {
            const reason = r.refund_reason_id ? db.reasons.find((x) => x.id === r.refund_reason_id) : null;
            return {
              id: r.id,
              payment_id: p.id,
              amount: num(r.amount, cur),
              raw_amount: raw(r.amount, cur),
              note: r.note,
              refund_reason_id: r.refund_reason_id,
              ...(want.reasons === false
                ? {}
                : {
                    refund_reason: reason
                      ? { id: reason.id, label: reason.label, code: reason.code, description: reason.description }
                      : null,
                  }),
              created_by: r.created_by,
              created_at: r.created_at,
            };
          }),
        }),
  };
}

/**
 * A payment as Medusa answers a capture or a refund, and GET /admin/payments/:id without
 * `fields`: a short shape with no raw amounts, provider, canceled_at or created_by.
 */
export function paymentDefaultJson(db: DB, p: MPayment) {
  const cur = p.currency_code;
  return {
    id: p.id,
    currency_code: cur,
    amount: num(p.amount, cur),
    captured_at: p.captured_at,
    payment_collection_id: p.collection_id,
    payment_session_id: p.session_id,
    captures: p.captures.map((c) => ({ id: c.id, amount: num(c.amount, cur) })),
    refunds: p.refunds.map((r) => {
      const reason = r.refund_reason_id ? db.reasons.find((x) => x.id === r.refund_reason_id) : null;
      return {
        id: r.id,
        amount: num(r.amount, cur),
        note: r.note,
        payment_id: p.id,
        refund_reason_id: r.refund_reason_id,
        refund_reason: reason ? { label: reason.label, code: reason.code, id: reason.id } : null,
      };
    }),
  };
}

/**
 * A collection as POST /admin/payment-collections and mark-as-paid answer it: no raw
 * amounts or timestamps on the collection, and payments without captures or refunds.
 */
export function collectionWriteJson(db: DB, c: MCollection) {
  const {
    raw_amount: _raw,
    created_at: _created,
    completed_at: _completed,
    ...rest
  } = collectionJson(db, c, {
    captures: false,
    refunds: false,
  });
  return rest;
}

export function collectionJson(db: DB, c: MCollection, want: Partial<Want> = {}) {
  const cur = c.currency_code;
  const f = collectionFigures(c);
  return {
    id: c.id,
    currency_code: cur,
    status: c.status,
    amount: num(c.amount, cur),
    raw_amount: raw(c.amount, cur),
    authorized_amount: num(f.authorized, cur),
    captured_amount: num(f.captured, cur),
    refunded_amount: num(f.refunded, cur),
    created_at: c.created_at,
    completed_at: c.completed_at,
    ...(want.payments === false ? {} : { payments: c.payments.map((p) => paymentJson(db, p, want)) }),
  };
}

/** A line item with its `detail` (Medusa's per-version quantities), cut to the fields asked for. */
function itemJson(i: MItem, cur: string, want: Want) {
  // The harness's products, like any Medusa product made with a single variant, title it "Default".
  const variant = i.variant_title ?? "Default";
  const detail = {
    quantity: i.quantity,
    fulfilled_quantity: 0,
    shipped_quantity: 0,
    delivered_quantity: 0,
    return_requested_quantity: i.return_requested_quantity ?? 0,
    return_received_quantity: i.return_received_quantity ?? 0,
    return_dismissed_quantity: 0,
    written_off_quantity: 0,
  };
  const item: Record<string, unknown> = {
    id: i.id,
    title: i.title,
    subtitle: i.subtitle ?? variant,
    variant_title: variant,
    quantity: i.quantity,
    unit_price: num(i.unit_price, cur),
    raw_unit_price: raw(i.unit_price, cur),
    subtotal: num(i.unit_price * i.quantity, cur),
    total: num(i.unit_price * i.quantity, cur),
  };
  const out = Object.fromEntries(Object.entries(item).filter(([key]) => want.itemField(key)));
  const asked = Object.entries(detail).filter(([key]) => want.detailField(key));
  if (asked.length > 0) out.detail = Object.fromEntries(asked);
  return out;
}

export function orderJson(db: DB, o: MOrder, fields: string | null) {
  const want = parseFields(fields);
  const cur = o.currency_code;
  const t = orderTotals(o);
  const summary = orderSummary(o);
  const scalars: Record<string, unknown> = {
    id: o.id,
    display_id: o.display_id,
    status: o.status,
    version: o.version,
    created_at: o.created_at,
    email: o.email,
    currency_code: cur,
    total: num(t.total, cur),
    subtotal: num(t.subtotal, cur),
    item_total: num(t.item_total, cur),
    item_subtotal: num(t.item_total, cur),
    shipping_total: num(o.shipping_total, cur),
    tax_total: num(o.tax_total, cur),
    discount_total: num(o.discount_total, cur),
    credit_line_total: num(t.credit_line_total, cur),
    canceled_at: o.canceled_at ?? null,
    metadata: o.metadata ?? null,
  };
  const out: Record<string, unknown> = { id: o.id };
  for (const [key, value] of Object.entries(scalars)) if (want.scalar(key)) out[key] = value;
  if (want.summary) {
    const s: Record<string, unknown> = {};
    for (const [key, minor] of Object.entries(summary)) {
      if (want.summaryField(key)) s[key] = num(minor, cur);
      if (want.summaryRaw) s[`raw_${key}`] = raw(minor, cur);
    }
    out.summary = s;
  }
  if (want.customer) {
    out.customer = Object.fromEntries(Object.entries(o.customer).filter(([key]) => want.customerField(key)));
  }
  if (want.items) out.items = o.items.map((i) => itemJson(i, cur, want));
  if (want.collections) out.payment_collections = o.collections.map((c) => collectionJson(db, c, want));
  // Medusa computes these two on every order read, asked for or not.
  out.payment_status = paymentStatus(o);
  out.fulfillment_status = "not_fulfilled";
  return out;
}

/** The fields a request names, in its order ("id, total" -> ["id", "total"]). */
const listedFields = (fields: string | null) =>
  (fields ?? "")
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);

/**
 * GET /admin/orders/:id?version=N. Medusa answers the order as it was at version N, with `version`
 * still the current one, and a total of 0 for a version the order never had. The mock keeps only
 * each earlier version's total, so a read of an earlier version may ask for nothing else.
 */
export function versionJson(db: DB, o: MOrder, version: number, fields: string | null) {
  if (version === o.version) return orderJson(db, o, fields);
  const asked = listedFields(fields);
  const beyond = asked.filter((f) => !["id", "total", "version", "status"].includes(f));
  if (beyond.length) throw new Error(`The mock keeps only the total of an earlier version, not: ${beyond.join(", ")}`);
  const out = orderJson(db, o, asked.filter((f) => f !== "total").join(",") || "id");
  if (asked.includes("total")) out.total = num(o.past_totals[version] ?? 0, o.currency_code);
  return out;
}

/** One order change, cut to the fields asked for (all the mock keeps when none are). */
export function changeJson(o: MOrder, c: MOrderChange, fields: string | null) {
  const all: Record<string, unknown> = {
    order_id: o.id,
    ...c,
    created_by: null,
    requested_by: c.confirmed_by,
    requested_at: c.created_at,
  };
  const asked = listedFields(fields);
  // Medusa leaves out a field it does not know, and always sends the id.
  const keys = asked.length ? ["id", ...asked.filter((f) => f !== "id" && f in all)] : Object.keys(all);
  return Object.fromEntries(keys.map((k) => [k, all[k]]));
}
