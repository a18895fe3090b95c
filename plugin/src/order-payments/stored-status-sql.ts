// The stored payment status (docs/decisions/006): a plugin table with one row per order, kept
// by triggers on the three Medusa tables the status is made of, in the same transaction as each
// change, so a committed move and its order's row become visible together, whichever process
// (server, worker) made it. Installed by the migration script migration-scripts/order-payment-status.ts.
import { orderStatusesSql } from "./payment-status-sql";

export const STATUS_TABLE = "order_payment_status";

const FUNCTIONS = [
  "order_payment_status_on_order",
  "order_payment_status_on_link",
  "order_payment_status_on_collection",
];

/** The triggers the list relies on; if any is missing or disabled it works the status out on read. */
export const STATUS_TRIGGERS: string[] = FUNCTIONS.flatMap((name) => [`${name}_row`, `${name}_upd`]);

// Works out and stores the status of the given orders. It first takes the row lock of each
// (creating missing rows), then reads with a fresh snapshot (READ COMMITTED: each statement of
// a PL/pgSQL function takes one): two transactions changing collections of one order therefore
// compute one after the other, the second seeing the first's committed rows.
const REFRESH_FUNCTION = `
CREATE OR REPLACE FUNCTION order_payment_status_refresh(ids text[]) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO ${STATUS_TABLE} (order_id, payment_status, listed, created_at)
    SELECT o.id, 'not_paid', false, o.created_at FROM "order" o WHERE o.id = ANY(ids)
    ON CONFLICT (order_id) DO NOTHING;
  PERFORM 1 FROM ${STATUS_TABLE} WHERE order_id = ANY(ids) ORDER BY order_id FOR UPDATE;
  UPDATE ${STATUS_TABLE} s SET payment_status = x.payment_status, listed = x.listed,
      created_at = x.created_at, display_id = x.display_id
    FROM (${orderStatusesSql("o.id = ANY(ids)")}) x
    WHERE s.order_id = x.order_id;
  DELETE FROM ${STATUS_TABLE} s WHERE s.order_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM "order" o WHERE o.id = s.order_id);
END $fn$;`;

// One trigger function per table: which orders a changed row concerns.
const triggerFunction = (name: string, ids: string) => `
CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM order_payment_status_refresh(${ids});
  RETURN NULL;
END $fn$;`;

const ORDER_IDS = `ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[
    CASE WHEN TG_OP <> 'INSERT' THEN OLD.id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.id END]) x WHERE x IS NOT NULL)`;
const LINK_ORDER_IDS = ORDER_IDS.replace(/OLD\.id/, "OLD.order_id").replace(/NEW\.id/, "NEW.order_id");
// A collection's orders through its live links (the only ones that count for a status).
const COLLECTION_ORDER_IDS = `ARRAY(SELECT l.order_id FROM order_payment_collection l
    WHERE l.deleted_at IS NULL AND l.payment_collection_id IN (
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.id END))`;

// Only changes to the columns the status (or the list's filter and sort) reads fire the refresh.
const changed = (columns: string[]) => columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(" OR ");
// Constraint triggers, deferred: the refresh runs at commit, after the transaction's last change
// to the order, so it takes the order row's lock only then and adds no lock-order deadlock to
// Medusa's own transactions.
const trigger = (name: string, table: string, columns: string[]) => `
DROP TRIGGER IF EXISTS ${name}_row ON ${table};
CREATE CONSTRAINT TRIGGER ${name}_row AFTER INSERT OR DELETE ON ${table}
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${name}();
DROP TRIGGER IF EXISTS ${name}_upd ON ${table};
CREATE CONSTRAINT TRIGGER ${name}_upd AFTER UPDATE ON ${table}
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (${changed(columns)}) EXECUTE FUNCTION ${name}();`;

export const INSTALL_STATUS_SQL = `
CREATE TABLE IF NOT EXISTS ${STATUS_TABLE} (
  order_id text PRIMARY KEY,
  payment_status text NOT NULL,
  listed boolean NOT NULL,
  created_at timestamptz NOT NULL,
  display_id integer
);
CREATE INDEX IF NOT EXISTS "IDX_order_payment_status_status_created" ON ${STATUS_TABLE} (payment_status, created_at, order_id) WHERE listed;
CREATE INDEX IF NOT EXISTS "IDX_order_payment_status_status_display" ON ${STATUS_TABLE} (payment_status, display_id, order_id) WHERE listed;
CREATE INDEX IF NOT EXISTS "IDX_order_payment_status_created" ON ${STATUS_TABLE} (created_at, order_id) WHERE listed;
${REFRESH_FUNCTION}
${triggerFunction("order_payment_status_on_order", ORDER_IDS)}
${triggerFunction("order_payment_status_on_link", LINK_ORDER_IDS)}
${triggerFunction("order_payment_status_on_collection", COLLECTION_ORDER_IDS)}
${trigger("order_payment_status_on_order", '"order"', ["id", "currency_code", "deleted_at", "is_draft_order", "created_at", "display_id"])}
${trigger("order_payment_status_on_link", "order_payment_collection", ["order_id", "payment_collection_id", "deleted_at"])}
${trigger("order_payment_status_on_collection", "payment_collection", ["id", "status", "amount", "captured_amount", "refunded_amount", "deleted_at"])}
-- Every existing order, after the triggers exist: CREATE TRIGGER locks out writes to these tables
-- until this transaction commits, so no change falls between the backfill and the triggers.
INSERT INTO ${STATUS_TABLE} (order_id, payment_status, listed, created_at, display_id)
  SELECT * FROM (${orderStatusesSql("true")}) x
  ON CONFLICT (order_id) DO UPDATE SET payment_status = excluded.payment_status, listed = excluded.listed,
    created_at = excluded.created_at, display_id = excluded.display_id;`;
