// The mock Medusa's data, held as plain JSON so demo mode can keep it across
// reloads. Amounts are integer minor units here; serialize.ts turns them into
// Medusa's decimal numbers on the way out.

export type MCapture = { id: string; amount: number; created_at: string; created_by: string | null };
export type MRefund = {
  id: string;
  amount: number;
  note: string | null;
  refund_reason_id: string | null;
  created_at: string;
  created_by: string | null;
};
export type MPayment = {
  id: string;
  collection_id: string;
  session_id: string;
  provider_id: string;
  amount: number;
  currency_code: string;
  created_at: string;
  captured_at: string | null;
  canceled_at: string | null;
  captures: MCapture[];
  refunds: MRefund[];
};
export type CollectionStatus =
  | "not_paid"
  | "awaiting"
  | "authorized"
  | "partially_authorized"
  | "partially_captured"
  | "completed"
  | "canceled"
  | "failed"
  | "requires_action";
export type MCollection = {
  id: string;
  order_id: string;
  currency_code: string;
  amount: number;
  status: CollectionStatus;
  created_at: string;
  completed_at: string | null;
  payments: MPayment[];
};
export type MCreditLine = {
  id: string;
  amount: number;
  reference: string | null;
  reference_id: string | null;
  version: number;
  created_at: string;
};
export type MItem = {
  id: string;
  title: string;
  subtitle: string | null;
  quantity: number;
  unit_price: number;
  /** Absent: "Default", as a product with a single variant has it. */
  variant_title?: string | null;
  return_requested_quantity?: number;
  return_received_quantity?: number;
};
export type MOrder = {
  id: string;
  display_id: number;
  /** Medusa's order status; a canceled order keeps its payments, and Medusa cancels its collections. */
  status: "pending" | "completed" | "draft" | "archived" | "canceled" | "requires_action";
  created_at: string;
  email: string;
  currency_code: string;
  customer: { id: string; first_name: string | null; last_name: string | null; email: string };
  items: MItem[];
  shipping_total: number;
  tax_total: number;
  discount_total: number;
  credit_lines: MCreditLine[];
  version: number;
  /** The order total when the current version began (Medusa's `original_order_total`). */
  version_start_total: number;
  /** The total each earlier version ended with, by version: a read of an earlier version answers it. */
  past_totals: Record<number, number>;
  changes: MOrderChange[];
  collections: MCollection[];
  /** When the order was canceled (Medusa's `canceled_at`); absent or null while it is not. */
  canceled_at?: string | null;
  /** Medusa's free-form order metadata (notes such as how a payment recorded here was received). */
  metadata?: Record<string, unknown> | null;
};
/**
 * A confirmed order change (Medusa's order_change): an order edit, or the credit line a refund
 * beyond what is owed adds. Each opens the order's next version, `version`.
 */
export type MOrderChange = {
  id: string;
  version: number;
  change_type: "edit" | "credit_line";
  status: "confirmed";
  created_at: string;
  confirmed_at: string;
  confirmed_by: string | null;
};
export type MReason = { id: string; label: string; code: string; description: string | null; created_at: string };

/**
 * How an armed fault breaks a request (demo and e2e tests):
 * - "error": answers `status` with a Medusa error `body`, before the request is applied (the default): a
 *   failure in front of the route, so the plugin never sees the key and a retry with it runs the request;
 * - "drop-before": the connection drops before the server sees the request, so nothing is applied;
 * - "drop-after": the server applies the request, then the answer is lost on the way back;
 * - "error-after": the server applies the request (the plugin keeps its real answer), then a gateway
 *   answers `status` (502) with its own non-JSON page, or `body` when given;
 * - "error-while-running": a gateway answers `status` (504) at once, while the request is applied only
 *   after `delayMs` or on POST /__demo/release; until then the plugin answers a repeat of the key with 409;
 * - "slow": applied as usual, but the answer arrives only after `delayMs`, or sooner on POST /__demo/release;
 * - "unauthorized": 401 as for an expired session, before the request is applied.
 */
export type FaultKind =
  "error" | "drop-before" | "drop-after" | "error-after" | "error-while-running" | "slow" | "unauthorized";

/** A switch that makes one route misbehave for the next `times` matching requests. */
export type Fault = {
  /** "METHOD /path", where a star stands for one path segment: "GET /admin/orders/*". */
  route: string;
  kind?: FaultKind;
  /** "error": 500 when left out; "error-after": 502; "error-while-running": 504. */
  status?: number;
  /** The answer's body: Medusa's unknown_error for "error", a gateway's HTML page for the other two; a string is sent as HTML. */
  body?: unknown;
  /** "slow" and "error-while-running"; 4000 when left out. */
  delayMs?: number;
  /** How many matching requests it hits; 1 when left out. */
  times?: number;
};

/** One Idempotency-Key as the plugin stores it: the request it named and, once run, its answer. */
export type IdempotencyRecord = {
  /** The request body, as canonical JSON: the same key with another body is refused. */
  body: string;
  /** When the first request arrived (ms); the key expires 24 hours later. */
  createdAt: number;
  /** Absent while the first request still runs. */
  answer?: { status: number; body: unknown };
};

export type DB = {
  orders: MOrder[];
  reasons: MReason[];
  users: { id: string; email: string; password: string; first_name: string | null; last_name: string | null }[];
  tokens: string[];
  /** Idempotency-Key records of the plugin's money moves (routes/idempotency.ts), by actor, route and key. */
  idempotency: Record<string, IdempotencyRecord>;
  /** false: a store without this repository's Medusa plugin (set by POST /__demo/plugin); absent means with it. */
  plugin?: boolean;
  clock: number;
  faults?: Fault[];
  /** While seeding, time advances a minute a write from the seeded order's own time. */
  seeding?: boolean;
};

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A Medusa-looking id ("pay_01J..."): 26 Crockford base-32 characters. */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(26);
  crypto.getRandomValues(bytes);
  let id = "01";
  for (let i = 2; i < 26; i++) id += ALPHABET[(bytes[i] ?? 0) % 32];
  return `${prefix}_${id}`;
}

/** Timestamps move forward even when two writes land in the same millisecond. */
export function now(db: DB): string {
  db.clock = db.seeding ? db.clock + 60_000 : Math.max(db.clock + 1, Date.now());
  return new Date(db.clock).toISOString();
}

export function findPayment(db: DB, paymentId: string) {
  for (const order of db.orders) {
    for (const collection of order.collections) {
      const payment = collection.payments.find((p) => p.id === paymentId);
      if (payment) return { order, collection, payment };
    }
  }
  return null;
}

export function findCollection(db: DB, collectionId: string) {
  for (const order of db.orders) {
    const collection = order.collections.find((c) => c.id === collectionId);
    if (collection) return { order, collection };
  }
  return null;
}
