// What a request gets when another request already holds its Idempotency-Key.
import type { MedusaResponse } from "@medusajs/framework/http";
import type { StoredRequest } from "../modules/idempotency/service";

export const KEY_REUSED_MESSAGE =
  "This Idempotency-Key was already used with another request body. Send a new key for a new request.";
export const KEY_RUNNING_MESSAGE =
  "A request with this Idempotency-Key is still running. Wait for its answer, then send it again to read it.";
export const KEY_ABANDONED_MESSAGE =
  "A request with this Idempotency-Key started more than 10 minutes ago and never answered (the server may have " +
  "stopped). Check the payment before you send this move again with a new key.";

/** A first request that has not answered after this long is taken to have died with its server. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

export function answerFromHolder(res: MedusaResponse, holder: StoredRequest | null, requestHash: string) {
  if (holder && holder.request_hash !== requestHash) {
    return res.status(422).json({ type: "invalid_data", message: KEY_REUSED_MESSAGE });
  }
  if (!holder || holder.response_status === null || holder.response_body === null) {
    const age = holder ? Date.now() - new Date(holder.created_at).getTime() : 0;
    const message = age > ABANDONED_AFTER_MS ? KEY_ABANDONED_MESSAGE : KEY_RUNNING_MESSAGE;
    return res.status(409).json({ type: "conflict", message });
  }
  // Browsers may read the header only when it is exposed (the admin app runs on another origin).
  res.append("Access-Control-Expose-Headers", "Idempotent-Replayed");
  res.set("Idempotent-Replayed", "true");
  return res.status(holder.response_status).type("application/json").send(holder.response_body);
}
