// GET /admin/order-payments/to-capture: its query is validated before the route runs. Medusa
// authenticates every /admin route before these middlewares.
import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http";
import { AdminGetCaptureQueueParams } from "./validators";

export const captureQueueRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/order-payments/to-capture",
    middlewares: [validateAndTransformQuery(AdminGetCaptureQueueParams, { isList: true, defaultLimit: 50 })],
  },
];
