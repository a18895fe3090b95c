// GET /admin/order-payments: the plugin's orders by payment status (plugin/src/order-payments),
// and the one place the mock filters by it. A store without the plugin has no such route (404).
import { http, HttpResponse, type HttpHandler } from "msw";
import type { MOrder } from "../db";
import { hasPlugin } from "../plugin";
import { MedusaError } from "../rules";
import { toApi } from "../../src/lib/money";
import { orderTotals, paymentStatus } from "../totals";
import { pageOf, type Context } from "./admin";

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
const SORTS = ["created_at", "display_id"];

/** One row as the plugin answers it: these seven fields only, the total in major units. */
const rowJson = (o: MOrder) => ({
  id: o.id,
  display_id: o.display_id,
  created_at: o.created_at,
  email: o.email,
  currency_code: o.currency_code,
  total: toApi(orderTotals(o).total, o.currency_code),
  payment_status: paymentStatus(o),
});

/** Display id with or without "#", part of the email, or the customer's first, last or full name. */
export function matchesSearch(order: MOrder, q: string): boolean {
  const text = q.trim().toLowerCase();
  if (!text) return true;
  if (/^#?\d+$/.test(text) && order.display_id === Number(text.replace("#", ""))) return true;
  const { first_name, last_name } = order.customer;
  const names = [first_name, last_name, [first_name, last_name].filter(Boolean).join(" ")];
  return order.email.toLowerCase().includes(text) || names.some((n) => n?.toLowerCase().includes(text));
}

export function orderPaymentHandlers({ db, admin }: Context): HttpHandler[] {
  return [
    http.get("*/admin/order-payments", (info) =>
      hasPlugin(db())
        ? admin(({ request }) => {
            const url = new URL(request.url);
            const { limit, offset } = pageOf(url, 20);
            const statuses = url.searchParams
              .getAll("payment_status[]")
              .concat(url.searchParams.getAll("payment_status"));
            const unknown = statuses.filter((s) => !PAYMENT_STATUSES.includes(s));
            if (unknown.length) {
              const allowed = PAYMENT_STATUSES.join(", ");
              throw new MedusaError(
                400,
                "invalid_data",
                `Unknown payment_status: ${unknown.join(", ")}. Use one of ${allowed}.`,
              );
            }
            const order = url.searchParams.get("order") || "-created_at";
            const sort = order.replace(/^-/, "");
            if (!SORTS.includes(sort)) {
              throw new MedusaError(
                400,
                "invalid_data",
                `Unknown order: ${order}. Use one of ${SORTS.join(", ")}, with "-" for newest first.`,
              );
            }
            const q = url.searchParams.get("q") ?? "";
            const key = sort as "created_at" | "display_id";
            const desc = order.startsWith("-") ? -1 : 1;
            const found = db()
              .orders.filter((o) => matchesSearch(o, q) && (!statuses.length || statuses.includes(paymentStatus(o))))
              .sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * desc);
            return {
              orders: found.slice(offset, offset + limit).map(rowJson),
              count: found.length,
              limit,
              offset,
            };
          })(info)
        : new HttpResponse(`Cannot GET ${new URL(info.request.url).pathname}`, { status: 404 }),
    ),
  ];
}
