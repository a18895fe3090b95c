// What this repository's Medusa plugin (plugin/src/money-moves) adds to Medusa's own checks, in
// its words: exact refund limits and no new money on a canceled order. Only while the mock plays
// a store with the plugin (the default); `db.plugin === false` plays one without it.
import { toDecimalString } from "../src/lib/money";
import type { DB, MOrder, MPayment } from "./db";
import { MedusaError } from "./rules";
import { captured, refunded } from "./totals";

export const hasPlugin = (db: DB) => db.plugin !== false;

/**
 * Medusa lets a refund one minor unit over what is left through (rules.ts); the plugin does not.
 * A missing amount is left to Medusa, which reads it as the whole payment and checks it itself.
 */
export function checkRefundLimit(db: DB, payment: MPayment, amount: number | undefined) {
  if (!hasPlugin(db) || amount === undefined) return;
  const left = captured(payment) - refunded(payment);
  if (amount <= left) return;
  const cur = payment.currency_code;
  throw new MedusaError(
    400,
    "invalid_data",
    `Refund amount ${toDecimalString(amount, cur)} is more than the ${toDecimalString(Math.max(left, 0), cur)} left to refund on this payment.`,
  );
}

/** Medusa captures and marks as paid on a canceled order; the plugin refuses both. */
export function checkOrderOpen(db: DB, order: MOrder, move: "captured" | "marked as paid") {
  if (!hasPlugin(db) || order.status !== "canceled") return;
  throw new MedusaError(400, "invalid_data", `This order is canceled: nothing can be ${move}.`);
}
