import { model } from "@medusajs/framework/utils";

/**
 * One money move sent with an Idempotency-Key: who sent it, where, a fingerprint of its body and,
 * once it has finished, the answer it got. `response_status` stays null while the first request
 * runs. The body is kept as the exact JSON text that was sent (jsonb would reorder its keys), so a
 * replay is byte for byte the first answer.
 */
export const IdempotentRequest = model
  .define("idempotent_request", {
    id: model.id({ prefix: "idem" }).primaryKey(),
    key: model.text(),
    actor_id: model.text(),
    route: model.text(),
    request_hash: model.text(),
    response_status: model.number().nullable(),
    response_body: model.text().nullable(),
  })
  .indexes([
    // The claim is an INSERT ... ON CONFLICT on exactly these columns: the database, not a
    // read-then-write, decides which of several identical requests runs.
    { on: ["key", "actor_id", "route"], unique: true },
  ]);
