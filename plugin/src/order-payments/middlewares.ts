// GET /admin/order-payments: its query is validated before the route runs, as Medusa's own
// list routes are. Medusa authenticates every /admin route (user session, bearer or API key)
// before these middlewares, so nothing here repeats it.
import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http";
import { AdminGetOrderPaymentsParams } from "./validators";

export const orderPaymentsRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/order-payments",
    middlewares: [validateAndTransformQuery(AdminGetOrderPaymentsParams, { isList: true, defaultLimit: 50 })],
  },
];
