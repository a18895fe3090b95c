// Grows a seeded harness store to N orders in SQL: each round copies every seeded order with the
// rows GET /admin/order-payments reads (order, its summaries, its payment collections and their
// links, its customer) and the rows the capture queue reads (payments and their captures). Over
// HTTP the same store would take hours; copies keep every payment status of the seed represented
// in the same proportions. Items and addresses are not copied: neither route reads them, and the
// copies are thrown away with the harness.

/** SQL for one statement that makes `rounds` copies of the seeded orders. */
const copySql = (rounds) => `
  CREATE TEMP TABLE bench_map ON COMMIT DROP AS
    SELECT o.id AS src, 'order_bench_' || g || '_' || o.display_id AS dst,
      c.id AS src_customer, 'cus_bench_' || g || '_' || c.id AS dst_customer,
      g, o.display_id
    FROM generate_series(1, ${rounds}) g
    CROSS JOIN "order" o
    LEFT JOIN customer c ON c.id = o.customer_id
    WHERE o.deleted_at IS NULL AND o.id NOT LIKE 'order_bench_%';

  -- One copy of each customer per round (two orders may share one), with its own email
  -- (ada+17@example.com) so that a search can match one of them.
  INSERT INTO customer (id, first_name, last_name, email, has_account, created_at, updated_at)
    SELECT m.dst_customer, c.first_name, c.last_name, regexp_replace(c.email, '@', '+' || m.g || '@'), c.has_account,
      c.created_at - make_interval(hours => m.g), c.updated_at
    FROM (SELECT DISTINCT g, src_customer, dst_customer FROM bench_map) m JOIN customer c ON c.id = m.src_customer;

  -- Older than the seed, so the first page by -created_at still shows the seeded orders.
  INSERT INTO "order" (id, region_id, customer_id, version, sales_channel_id, status, is_draft_order, email,
      currency_code, no_notification, metadata, created_at, updated_at, canceled_at, locale)
    SELECT m.dst, o.region_id, CASE WHEN m.src_customer IS NULL THEN NULL ELSE m.dst_customer END, o.version,
      o.sales_channel_id, o.status, o.is_draft_order, regexp_replace(o.email, '@', '+' || m.g || '@'),
      o.currency_code, o.no_notification, o.metadata, o.created_at - make_interval(hours => m.g), o.updated_at,
      o.canceled_at, o.locale
    FROM bench_map m JOIN "order" o ON o.id = m.src
    ORDER BY m.g, m.display_id;

  INSERT INTO order_summary (id, order_id, version, totals, created_at, updated_at, deleted_at)
    SELECT s.id || '_b' || m.g, m.dst, s.version, s.totals, s.created_at, s.updated_at, s.deleted_at
    FROM bench_map m JOIN order_summary s ON s.order_id = m.src;

  INSERT INTO payment_collection (id, currency_code, amount, raw_amount, authorized_amount, raw_authorized_amount,
      captured_amount, raw_captured_amount, refunded_amount, raw_refunded_amount, created_at, updated_at,
      deleted_at, completed_at, status, metadata)
    SELECT c.id || '_b' || m.g, c.currency_code, c.amount, c.raw_amount, c.authorized_amount,
      c.raw_authorized_amount, c.captured_amount, c.raw_captured_amount, c.refunded_amount, c.raw_refunded_amount,
      c.created_at, c.updated_at, c.deleted_at, c.completed_at, c.status, c.metadata
    FROM bench_map m
    JOIN order_payment_collection l ON l.order_id = m.src
    JOIN payment_collection c ON c.id = l.payment_collection_id;

  INSERT INTO order_payment_collection (id, order_id, payment_collection_id, created_at, updated_at, deleted_at)
    SELECT l.id || '_b' || m.g, m.dst, l.payment_collection_id || '_b' || m.g, l.created_at, l.updated_at,
      l.deleted_at
    FROM bench_map m JOIN order_payment_collection l ON l.order_id = m.src;

  -- Payments and their captures, for the capture queue (a session id of its own per copy: Medusa
  -- keeps it unique among live payments).
  INSERT INTO payment (id, amount, raw_amount, currency_code, provider_id, data, created_at, updated_at, deleted_at,
      captured_at, canceled_at, payment_collection_id, payment_session_id, metadata)
    SELECT p.id || '_b' || m.g, p.amount, p.raw_amount, p.currency_code, p.provider_id, p.data, p.created_at,
      p.updated_at, p.deleted_at, p.captured_at, p.canceled_at, p.payment_collection_id || '_b' || m.g,
      p.payment_session_id || '_b' || m.g, p.metadata
    FROM bench_map m
    JOIN order_payment_collection l ON l.order_id = m.src
    JOIN payment p ON p.payment_collection_id = l.payment_collection_id;

  INSERT INTO capture (id, amount, raw_amount, payment_id, created_at, updated_at, deleted_at, created_by, metadata)
    SELECT x.id || '_b' || m.g, x.amount, x.raw_amount, x.payment_id || '_b' || m.g, x.created_at, x.updated_at,
      x.deleted_at, x.created_by, x.metadata
    FROM bench_map m
    JOIN order_payment_collection l ON l.order_id = m.src
    JOIN payment p ON p.payment_collection_id = l.payment_collection_id
    JOIN capture x ON x.payment_id = p.id;`;

/**
 * Makes the store hold at least `target` orders (never removes any) and refreshes the planner's
 * statistics, as autovacuum would on a store that grew over time. Returns the order count.
 */
export async function growStore(client, target) {
  const count = async () =>
    Number((await client.query(`SELECT count(*) FROM "order" WHERE deleted_at IS NULL`)).rows[0].count);
  const seeded = Number(
    (await client.query(`SELECT count(*) FROM "order" WHERE deleted_at IS NULL AND id NOT LIKE 'order_bench_%'`))
      .rows[0].count,
  );
  const missing = target - (await count());
  if (missing > 0) {
    const rounds = Math.ceil(missing / seeded);
    await client.query("BEGIN");
    await client.query(copySql(rounds));
    await client.query("COMMIT");
  }
  await client.query("ANALYZE");
  return count();
}
