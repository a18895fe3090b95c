// GET /admin/order-payments: orders with the payment status Medusa would give each of them,
// filtered by it, searched and paged in PostgreSQL (see docs/decisions/006).
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { listOrderPayments, statusSource, type RawRunner } from "../../../order-payments/list-order-payments";
import type { AdminGetOrderPaymentsParamsType } from "../../../order-payments/validators";

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetOrderPaymentsParamsType>,
  res: MedusaResponse,
) => {
  const started = performance.now();
  const db = req.scope.resolve<RawRunner>(ContainerRegistrationKeys.PG_CONNECTION);
  const source = await statusSource(db);
  const page = await listOrderPayments(db, req.validatedQuery as AdminGetOrderPaymentsParamsType, source);
  // The route's own time, so a measuring script can tell server time from network and parsing;
  // the description says where the statuses came from (stored, or on-read without the triggers).
  res.setHeader("Server-Timing", `app;dur=${(performance.now() - started).toFixed(1)};desc="${source}"`);
  res.status(200).json(page);
};
