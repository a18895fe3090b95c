// Medusa 2.21 does not store an order's payment_status: getLastPaymentStatus (core-flows,
// order/utils/aggregate-status) works it out on every read from the order's payment
// collections. This is the same rule in SQL, so a list can filter and count by it.
//
// Medusa's rule, per live collection (its amounts as exact decimals):
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
// SCORES is the select list of a query grouped by the order `o`, with its live collections joined
// as `c` (LEFT JOIN: `c.id` is null for an order without any) and its currency's epsilon as `e.eps`;
// PAYMENT_STATUS reads those scores from the grouped rows, named `s`.

/** A BigNumber column as Medusa reads it: the exact raw decimal, not the rounded numeric copy. */
const exact = (column: string) => `coalesce((c.raw_${column}->>'value')::numeric, c.${column}, 0)`;
const amount = exact("amount");
const captured = exact("captured_amount");
const refunded = exact("refunded_amount");
const count = (status: string) => `count(c.id) FILTER (WHERE c.status = '${status}')`;
const score = (condition: string, remaining: string) =>
  `coalesce(sum(CASE WHEN c.id IS NOT NULL AND ${condition} THEN CASE WHEN ${remaining} <= e.eps THEN 2 ELSE 1 END END), 0)`;

export const SCORES = `count(c.id) AS collections, ${count("canceled")} AS canceled,
    ${count("authorized")} AS authorized, ${count("awaiting")} AS awaiting,
    ${count("requires_action")} AS requires_action,
    ${score(`(${captured} > 0 OR ${amount} = 0)`, `${amount} - ${captured}`)} AS captured2,
    ${score(`${refunded} > 0`, `${amount} - ${refunded}`)} AS refunded2`;

export const PAYMENT_STATUS = `CASE
    WHEN s.requires_action > 0 THEN 'requires_action'
    WHEN s.refunded2 > 0 THEN CASE WHEN s.refunded2 = s.captured2 THEN 'refunded' ELSE 'partially_refunded' END
    WHEN s.captured2 > 0 THEN
      CASE WHEN s.captured2 = 2 * (s.collections - s.canceled) THEN 'captured' ELSE 'partially_captured' END
    WHEN s.authorized > 0 THEN
      CASE WHEN s.authorized = s.collections - s.canceled THEN 'authorized' ELSE 'partially_authorized' END
    WHEN s.canceled > 0 AND s.canceled = s.collections THEN 'canceled'
    WHEN s.awaiting > 0 THEN 'awaiting'
    ELSE 'not_paid'
  END`;

/** The order's live payment collections, soft-deleted links and collections left out as Medusa's Query does. */
export const LIVE_COLLECTIONS = `LEFT JOIN (order_payment_collection l
      JOIN payment_collection c ON c.id = l.payment_collection_id AND c.deleted_at IS NULL)
    ON l.order_id = o.id AND l.deleted_at IS NULL`;
