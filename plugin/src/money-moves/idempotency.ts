// Idempotency-Key on the routes that move money, the way Stripe's API has it: the first request
// with a key runs and its answer (status and JSON body, whatever the status) is kept in
// PostgreSQL; the same key with the same body later gets that answer again and moves nothing.
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http";
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils";
import { IDEMPOTENCY_MODULE } from "../modules/idempotency";
import type IdempotencyModuleService from "../modules/idempotency/service";
import { bodyFingerprint } from "./fingerprint";
import { answerFromHolder } from "./replay";

const MAX_KEY_LENGTH = 255;

export async function idempotentMoneyMove(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const key = req.get("idempotency-key")?.trim();
  // No key (or an empty one): exactly what Medusa does without the plugin, no database work.
  if (!key) return next();
  if (key.length > MAX_KEY_LENGTH) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `An Idempotency-Key can be at most ${MAX_KEY_LENGTH} characters long; this one has ${key.length}.`,
    );
  }
  // Medusa authenticates every /admin route before any plugin middleware runs, so the actor is known.
  const actorId = req.auth_context?.actor_id;
  if (!actorId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized");

  const service = req.scope.resolve<IdempotencyModuleService>(IDEMPOTENCY_MODULE);
  const requestHash = bodyFingerprint(req.body);
  const route = `${req.method} ${req.originalUrl.split("?")[0]}`;
  const claim = await service.claim({ key, actor_id: actorId, route, request_hash: requestHash });
  if (!claim.claimed) return answerFromHolder(res, claim.holder, requestHash);

  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER);
  keepAnswer(
    res,
    (status, text) => service.finish(claim.id, status, text),
    (error) => {
      logger.error(`Idempotency-Key ${claim.id}: the answer could not be stored (${String(error)})`);
    },
  );
  next();
}

/**
 * Stores the JSON answer before it is sent: the route's success and Medusa's error handler both
 * end in `res.json`, and a client that retries after reading the answer must find it stored.
 */
function keepAnswer(
  res: MedusaResponse,
  store: (status: number, text: string) => Promise<void>,
  onError: (error: unknown) => void,
) {
  const send = res.json.bind(res);
  res.json = ((body: unknown) => {
    res.json = send;
    const text = JSON.stringify(body) ?? "null";
    store(res.statusCode, text)
      .catch(onError)
      .finally(() => send(body));
    return res;
  }) as MedusaResponse["json"];
}
