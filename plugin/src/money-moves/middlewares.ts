// The three routes that move money: each gets the Idempotency-Key check first, then the plugin's
// exact limit, so a refusal under a key is stored and replayed like any other answer. Medusa's own
// body validation and authentication run before both (its middlewares are registered first).
import type { MiddlewareRoute } from "@medusajs/framework/http";
import { refuseCaptureOnCanceledOrder, refuseMarkAsPaidOnCanceledOrder } from "./canceled-order";
import { idempotentMoneyMove } from "./idempotency";
import { refuseRefundAboveRefundable } from "./refund-limit";

export const moneyMoveRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/payments/:id/capture",
    middlewares: [idempotentMoneyMove, refuseCaptureOnCanceledOrder],
  },
  {
    method: ["POST"],
    matcher: "/admin/payments/:id/refund",
    middlewares: [idempotentMoneyMove, refuseRefundAboveRefundable],
  },
  {
    method: ["POST"],
    matcher: "/admin/payment-collections/:id/mark-as-paid",
    middlewares: [idempotentMoneyMove, refuseMarkAsPaidOnCanceledOrder],
  },
];
