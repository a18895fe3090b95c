// Orders: the list (search, payment status filter, sort, pages) and one order.
import { http, type HttpHandler } from "msw";
import { requireOrder } from "../rules";
import { orderJson } from "../serialize";
import { paymentStatus } from "../totals";
import { pageOf, type Context } from "./admin";

export function orderHandlers({ db, admin }: Context): HttpHandler[] {
  return [
    http.get(
      "*/admin/orders",
      admin(({ request }) => {
        const url = new URL(request.url);
        const { limit, offset } = pageOf(url, 50);
        const q = (url.searchParams.get("q") ?? "").trim().toLowerCase().replace(/^#/, "");
        const statuses = url.searchParams.getAll("payment_status[]").concat(url.searchParams.getAll("payment_status"));
        const order = url.searchParams.get("order") ?? "created_at";
        let orders = db().orders.filter((o) => !q || o.email.toLowerCase().includes(q) || String(o.display_id) === q);
        if (statuses.length) orders = orders.filter((o) => statuses.includes(paymentStatus(o)));
        const desc = order.startsWith("-");
        const key = order.replace(/^-/, "") === "display_id" ? "display_id" : "created_at";
        orders = [...orders].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * (desc ? -1 : 1));
        return {
          orders: orders.slice(offset, offset + limit).map((o) => orderJson(db(), o, url.searchParams.get("fields"))),
          count: orders.length,
          offset,
          limit,
        };
      }),
    ),
    http.get(
      "*/admin/orders/:id",
      admin(({ request, params }) => {
        const order = requireOrder(db(), params.id!);
        return { order: orderJson(db(), order, new URL(request.url).searchParams.get("fields")) };
      }),
    ),
  ];
}
