// GET /admin/order-payments: the plugin's orders by payment status (plugin/src/order-payments),
// and the one place the mock filters by it. A store without the plugin has no such route (404).
import { http, HttpResponse, type HttpHandler } from "msw";
import { toApi } from "../../src/lib/money";
import type { MOrder } from "../db";
import { hasPlugin } from "../plugin";
import { MedusaError } from "../rules";
import { orderSummary, paymentStatus } from "../totals";
import type { Context } from "./admin";

/** Medusa's ten order payment statuses, the values `payment_status[]` may take. */
export const PAYMENT_STATUSES = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "captured",
  "partially_captured",
  "partially_refunded",
  "refunded",
  "canceled",
  "requires_action",
];
const SORTS = ["created_at", "-created_at", "display_id", "-display_id"];
const KNOWN_PARAMS = new Set(["payment_status", "payment_status[]", "q", "limit", "offset", "order"]);
const MAX_LIMIT = 100;

const invalid = (message: string) => new MedusaError(400, "invalid_data", `Invalid request: ${message}`);

/** One row as the plugin answers it: these ten fields only, amounts in major units. */
const rowJson = (o: MOrder) => ({
  id: o.id,
  display_id: o.display_id,
  status: o.status,
  created_at: o.created_at,
  email: o.email,
  currency_code: o.currency_code,
  total: toApi(orderSummary(o).current_order_total, o.currency_code),
  payment_status: paymentStatus(o),
  customer: { id: o.customer.id, first_name: o.customer.first_name, last_name: o.customer.last_name },
  summary: { pending_difference: toApi(orderSummary(o).pending_difference, o.currency_code) },
});

/** "#12" is display id 12 only; other text matches a display id, part of the email or of a customer name. */
export function matchesSearch(order: MOrder, q: string): boolean {
  const text = q.trim().toLowerCase();
  if (!text) return true;
  const byNumber = /^#?(\d+)$/.exec(text);
  if (byNumber && order.display_id === Number(byNumber[1])) return true;
  if (text.startsWith("#")) return false;
  const { first_name, last_name } = order.customer;
  const names = [first_name, last_name, [first_name, last_name].filter(Boolean).join(" ")];
  return order.email.toLowerCase().includes(text) || names.some((n) => n?.toLowerCase().includes(text));
}

/** A whole number from the query string, as the plugin's validator reads it. */
function integer(params: URLSearchParams, name: string, fallback: number, max?: number) {
  const text = params.get(name);
  if (text === null) return fallback;
  if (!/^\d+$/.test(text)) throw invalid(`Expected type: 'number' for field '${name}', got: '${text}'`);
  const value = Number(text);
  if (max !== undefined && value > max) throw invalid(`Value for field '${name}' too big, expected at most: '${max}'`);
  return value;
}

function listQuery(url: URL) {
  const params = url.searchParams;
  const unknown = [...new Set(params.keys())].filter((k) => !KNOWN_PARAMS.has(k));
  if (unknown.length) throw invalid(`Unrecognized fields: '${unknown.join(", ")}'`);
  const statuses = params.getAll("payment_status[]").concat(params.getAll("payment_status"));
  const wrong = statuses.filter((s) => !PAYMENT_STATUSES.includes(s));
  if (wrong.length) {
    throw invalid(`Unknown payment_status '${wrong.join(", ")}', expected: ${PAYMENT_STATUSES.join(", ")}`);
  }
  const order = params.get("order") ?? "-created_at";
  if (!SORTS.includes(order)) throw invalid(`Expected: '${SORTS.join(", ")}' for field 'order', but got: '${order}'`);
  return {
    statuses,
    order,
    q: (params.get("q") ?? "").trim(),
    limit: integer(params, "limit", 50, MAX_LIMIT),
    offset: integer(params, "offset", 0),
  };
}

export function orderPaymentHandlers({ db, admin }: Context): HttpHandler[] {
  const list = admin(({ request }) => {
    const { statuses, order, q, limit, offset } = listQuery(new URL(request.url));
    const key = order.replace(/^-/, "") as "created_at" | "display_id";
    const desc = order.startsWith("-") ? -1 : 1;
    // Ties are broken by id, as the plugin's SQL does, so pages never overlap.
    const found = db()
      .orders.filter((o) => matchesSearch(o, q) && (!statuses.length || statuses.includes(paymentStatus(o))))
      .sort((a, b) => (a[key] < b[key] || (a[key] === b[key] && a.id < b.id) ? -1 : 1) * desc);
    return { orders: found.slice(offset, offset + limit).map(rowJson), count: found.length, limit, offset };
  });
  return [
    http.get("*/admin/order-payments", (info) =>
      hasPlugin(db())
        ? list(info)
        : new HttpResponse(`Cannot GET ${new URL(info.request.url).pathname}`, { status: 404 }),
    ),
  ];
}
