// Orders: the list (search, sort, pages) and one order. Medusa's list has no payment status filter:
// it strips `payment_status` and answers every order (the plugin's /admin/order-payments filters).
import { http, type HttpHandler } from "msw";
import type { MOrder } from "../db";
import { MedusaError, requireOrder, updateOrderMetadata } from "../rules";
import { changeJson, orderJson, versionJson } from "../serialize";
import { pageOf, queryValues, refuseUnknownKeys, type Context } from "./admin";

/**
 * What Medusa's `q` looks in: each word must be part (in any case) of the display id read as text
 * ("3" finds #3, #13 and #30; "#3" finds nothing), the email, or a field of the order's addresses.
 * The mock keeps no addresses: the customer's name stands for the names on them.
 */
const searchedText = (o: MOrder) =>
  [String(o.display_id), o.email, o.customer.first_name ?? "", o.customer.last_name ?? ""].map((t) => t.toLowerCase());

/** The query keys Medusa's GET /admin/orders/:id/changes takes (others: 400, or a 500 for dates). */
const CHANGE_PARAMS = new Set(["fields", "id", "status", "change_type"]);

export function orderHandlers({ db, admin }: Context): HttpHandler[] {
  return [
    http.get(
      "*/admin/orders",
      admin(({ request }) => {
        const url = new URL(request.url);
        const { limit, offset } = pageOf(url, 50);
        const words = (url.searchParams.get("q") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
        const order = url.searchParams.get("order") ?? "created_at";
        let orders = db().orders.filter((o) => words.every((word) => searchedText(o).some((t) => t.includes(word))));
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
        const url = new URL(request.url);
        const fields = url.searchParams.get("fields");
        const version = url.searchParams.get("version");
        if (version === null) return { order: orderJson(db(), order, fields) };
        if (!/^-?\d+$/.test(version)) {
          throw new MedusaError(
            400,
            "invalid_data",
            `Invalid request: Expected type: 'number' for field 'version', got: '${version}'`,
          );
        }
        return { order: versionJson(db(), order, Number(version), fields) };
      }),
    ),
    // The order's confirmed changes (edits, credit lines), as Medusa lists them: no paging, and
    // an empty list, not a 404, for an order it does not have.
    http.get(
      "*/admin/orders/:id/changes",
      admin(({ request, params }) => {
        const order = db().orders.find((o) => o.id === params.id);
        const url = new URL(request.url);
        refuseUnknownKeys(url, CHANGE_PARAMS);
        const only = (key: string) => {
          const wanted = queryValues(url, key);
          return (value: string) => wanted.length === 0 || wanted.includes(value);
        };
        const changes = (order?.changes ?? []).filter(
          (c) => only("id")(c.id) && only("status")(c.status) && only("change_type")(c.change_type),
        );
        return { order_changes: changes.map((c) => changeJson(order!, c, url.searchParams.get("fields"))) };
      }),
    ),
    // Only `metadata` is kept by the mock: the app writes nothing else on an order.
    http.post(
      "*/admin/orders/:id",
      admin(({ request, params, body }) => {
        const { metadata } = (body ?? {}) as { metadata?: unknown };
        if (metadata !== undefined && metadata !== null && (typeof metadata !== "object" || Array.isArray(metadata))) {
          throw new MedusaError(400, "invalid_data", "Invalid request: Expected type: 'object' for field 'metadata'");
        }
        const order = updateOrderMetadata(db(), params.id!, metadata as Record<string, unknown> | null | undefined);
        return { order: orderJson(db(), order, new URL(request.url).searchParams.get("fields")) };
      }),
    ),
  ];
}
