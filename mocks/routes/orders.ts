// Orders: the list (search, sort, pages) and one order. Medusa's list has no payment status filter:
// it strips `payment_status` and answers every order (the plugin's /admin/order-payments filters).
import { http, type HttpHandler } from "msw";
import { requireOrder } from "../rules";
import { orderJson } from "../serialize";
import { pageOf, type Context } from "./admin";

export function orderHandlers({ db, admin }: Context): HttpHandler[] {
  return [
    http.get(
      "*/admin/orders",
      admin(({ request }) => {
        const url = new URL(request.url);
        const { limit, offset } = pageOf(url, 50);
        const q = (url.searchParams.get("q") ?? "").trim().toLowerCase().replace(/^#/, "");
        const order = url.searchParams.get("order") ?? "created_at";
        let orders = db().orders.filter((o) => !q || o.email.toLowerCase().includes(q) || String(o.display_id) === q);
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
