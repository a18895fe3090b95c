// Medusa still captures, and marks as paid, on a canceled order (after capturing 25 of 60 and
// canceling, a capture of the remaining 35 went through). The plugin refuses both.
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";

/** The order a payment belongs to: payment -> payment collection -> order (link order_payment_collection). */
async function orderStatusOfPayment(req: MedusaRequest, paymentId: string): Promise<string | undefined> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.status"],
    filters: { id: paymentId },
  });
  return data[0]?.payment_collection?.order?.status;
}

async function orderStatusOfCollection(req: MedusaRequest, collectionId: string): Promise<string | undefined> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "order.status"],
    filters: { id: collectionId },
  });
  return data[0]?.order?.status;
}

export async function refuseCaptureOnCanceledOrder(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((await orderStatusOfPayment(req, req.params.id)) === "canceled") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This order is canceled: nothing can be captured.");
  }
  next();
}

export async function refuseMarkAsPaidOnCanceledOrder(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  if ((await orderStatusOfCollection(req, req.params.id)) === "canceled") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This order is canceled: nothing can be marked as paid.");
  }
  next();
}
