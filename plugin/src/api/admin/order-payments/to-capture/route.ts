// GET /admin/order-payments/to-capture: every payment that still holds authorized money, the one
// whose authorization lapses first at the top (plugin/src/capture-queue).
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { listCaptureQueue } from "../../../../capture-queue/list-capture-queue";
import type { AdminGetCaptureQueueParamsType } from "../../../../capture-queue/validators";
import type { RawRunner } from "../../../../order-payments/list-order-payments";

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCaptureQueueParamsType>,
  res: MedusaResponse,
) => {
  const started = performance.now();
  const db = req.scope.resolve<RawRunner>(ContainerRegistrationKeys.PG_CONNECTION);
  const page = await listCaptureQueue(db, req.validatedQuery as AdminGetCaptureQueueParamsType);
  // The route's own time, so a measuring script can tell server time from network and parsing.
  res.setHeader("Server-Timing", `app;dur=${(performance.now() - started).toFixed(1)}`);
  res.status(200).json(page);
};
