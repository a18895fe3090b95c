import type { Context } from "@medusajs/framework/types";
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex";
import { InjectManager, MedusaContext, MedusaService, generateEntityId } from "@medusajs/framework/utils";
import { IdempotentRequest } from "./models/idempotent-request";

/** How long a key is remembered, as Stripe does: after this a request with the same key runs anew. */
export const KEY_LIFETIME_HOURS = 24;

export type RequestIdentity = { key: string; actor_id: string; route: string; request_hash: string };

/** What is stored about the request that holds a key. */
export type StoredRequest = {
  id: string;
  request_hash: string;
  response_status: number | null;
  response_body: string | null;
  created_at: Date;
};

/** Either this request now holds the key (and must run), or another one already does. */
export type Claim = { claimed: true; id: string } | { claimed: false; holder: StoredRequest | null };

const CLAIM_SQL = `
  insert into "idempotent_request" ("id", "key", "actor_id", "route", "request_hash")
  values (?, ?, ?, ?, ?)
  on conflict ("key", "actor_id", "route") where "deleted_at" is null
  do update set "request_hash" = excluded."request_hash", "response_status" = null, "response_body" = null,
    "created_at" = now(), "updated_at" = now()
  where "idempotent_request"."created_at" < now() - make_interval(hours => ?)
  returning "id"`;

const HOLDER_SQL = `
  select "id", "request_hash", "response_status", "response_body", "created_at"
  from "idempotent_request"
  where "key" = ? and "actor_id" = ? and "route" = ? and "deleted_at" is null`;

const FINISH_SQL = `
  update "idempotent_request" set "response_status" = ?, "response_body" = ?, "updated_at" = now()
  where "id" = ?`;

export default class IdempotencyModuleService extends MedusaService({ IdempotentRequest }) {
  /**
   * Takes the key for this request in one statement. Concurrent identical requests all reach the
   * unique index; PostgreSQL lets exactly one insert (or renew an expired row) and the others get
   * no row back, so there is no window between a read and a write.
   */
  @InjectManager()
  async claim(request: RequestIdentity, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<Claim> {
    const manager = sharedContext.manager!;
    const id = generateEntityId(undefined, "idem");
    const { key, actor_id, route, request_hash } = request;
    const inserted = await manager.execute(CLAIM_SQL, [id, key, actor_id, route, request_hash, KEY_LIFETIME_HOURS]);
    if (inserted.length > 0) return { claimed: true, id: inserted[0].id };
    const [holder] = await manager.execute(HOLDER_SQL, [key, actor_id, route]);
    return { claimed: false, holder: (holder as StoredRequest | undefined) ?? null };
  }

  /** Records the answer the request ended with, whatever its status. */
  @InjectManager()
  async finish(
    id: string,
    status: number,
    body: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<void> {
    await sharedContext.manager!.execute(FINISH_SQL, [status, body, id]);
  }
}
