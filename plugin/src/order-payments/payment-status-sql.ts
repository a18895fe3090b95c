// Medusa 2.21 does not store an order's payment_status: getLastPaymentStatus (core-flows,
// order/utils/aggregate-status) works it out on every read from the order's payment
// collections. This is the same rule in SQL, used by the stored status (the trigger function and
// its backfill) and by the list's fallback when the triggers are missing.
//
// Medusa's rule, per live collection:
// - "captured" scores 1 if amount - captured_amount <= epsilon, else 0.5, when something was
//   captured or the collection is for 0;
// - "refunded" scores 1 if amount - refunded_amount <= epsilon, else 0.5, when something was
//   refunded;
// - the collection's own status is counted (authorized, awaiting, canceled, requires_action).
// Then the first that holds: requires_action; refunded (all of it when refunded = captured);
// captured (all when it equals the collections not canceled); authorized (likewise); canceled
// (every collection); awaiting; else not_paid (also when there is no collection at all).
// Scores here are doubled to stay integers.
//
// Amounts are the numeric columns, not the raw_* jsonb: Medusa's entity getter answers the
// numeric column and falls back to raw_* only when it is 0 or null, and it writes both from one
// BigNumber (numeric is 0 exactly when |raw| <= 0.0001, null only with raw null), so for rows
// Medusa wrote the two readings agree. Checked on 2.21.2: with captured_amount 32.75 and
// raw_captured_amount "32.7" Medusa says captured; swapped, partially_captured.
import { epsilonSql } from "./currency-epsilon";

const captured = "coalesce(c.captured_amount, 0)";
const refunded = "coalesce(c.refunded_amount, 0)";
const count = (status: string) => `count(c.id) FILTER (WHERE c.status = '${status}')`;
const score = (condition: string, remaining: string) =>
  `coalesce(sum(CASE WHEN ${condition} THEN CASE WHEN ${remaining} <= e.eps THEN 2 ELSE 1 END END), 0)`;
const capturedScore = score(`(${captured} > 0 OR c.amount = 0)`, `c.amount - ${captured}`);
const refundedScore = score(`${refunded} > 0`, `c.amount - ${refunded}`);
const exceptCanceled = `(count(c.id) - ${count("canceled")})`;

const PAYMENT_STATUS = `CASE
    WHEN ${count("requires_action")} > 0 THEN 'requires_action'
    WHEN ${refundedScore} > 0 THEN
      CASE WHEN ${refundedScore} = ${capturedScore} THEN 'refunded' ELSE 'partially_refunded' END
    WHEN ${capturedScore} > 0 THEN
      CASE WHEN ${capturedScore} = 2 * ${exceptCanceled} THEN 'captured' ELSE 'partially_captured' END
    WHEN ${count("authorized")} > 0 THEN
      CASE WHEN ${count("authorized")} = ${exceptCanceled} THEN 'authorized' ELSE 'partially_authorized' END
    WHEN ${count("canceled")} > 0 AND ${count("canceled")} = count(c.id) THEN 'canceled'
    WHEN ${count("awaiting")} > 0 THEN 'awaiting'
    ELSE 'not_paid'
  END`;

/**
 * One row per order matching `where` (on `o`, the order): its id, payment status, whether the
 * list shows it (not soft-deleted, not a draft) and its sort keys, the columns of the stored
 * table. Soft-deleted links and collections are left out as Medusa's Query leaves them out.
 */
export const orderStatusesSql = (where: string) => `
  SELECT o.id AS order_id, ${PAYMENT_STATUS} AS payment_status,
    (o.deleted_at IS NULL AND o.is_draft_order = false) AS listed, o.created_at, o.display_id
  FROM "order" o
  CROSS JOIN LATERAL (SELECT ${epsilonSql("o.currency_code")} AS eps) e
  LEFT JOIN (order_payment_collection l
      JOIN payment_collection c ON c.id = l.payment_collection_id AND c.deleted_at IS NULL)
    ON l.order_id = o.id AND l.deleted_at IS NULL
  WHERE ${where}
  GROUP BY o.id, e.eps`;
