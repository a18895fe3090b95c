import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202151915 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "idempotent_request" drop constraint if exists "idempotent_request_key_actor_id_route_unique";`,
    );
    this.addSql(
      `create table if not exists "idempotent_request" ("id" text not null, "key" text not null, "actor_id" text not null, "route" text not null, "request_hash" text not null, "response_status" integer null, "response_body" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "idempotent_request_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_idempotent_request_deleted_at" ON "idempotent_request" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_idempotent_request_key_actor_id_route_unique" ON "idempotent_request" ("key", "actor_id", "route") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotent_request" cascade;`);
  }
}
