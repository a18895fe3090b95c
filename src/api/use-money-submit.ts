import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ApiError, isRefusal } from "@/lib/api-client";
import { newIdempotencyKey } from "@/lib/idempotency";
import { formatMoney } from "@/lib/money";
import type { Order } from "./mappers";
import { orderKeys, orderQueryOptions } from "./orders";

export type MoneyMove = {
  /** The amount this submit moves, in minor units. */
  amount: number;
  /** "capture", "refund", "mark as paid": for messages. */
  verb: string;
  /** What may be moved now, read from a fresh order: the form's limit. */
  limit: (order: Order) => number;
  /** A figure that grows by `amount` when the money moves (captured, refunded, paid). */
  moved: (order: Order) => number;
  send: (idempotencyKey: string) => Promise<unknown>;
};

export type MoneyResult = { ok: true; late?: boolean } | { ok: false; message: string };

/**
 * The submit of a dialog that moves money, guarded against everything that moves money twice
 * or against stale figures:
 * - one request at a time: a double click or a second Enter is dropped;
 * - the order is fetched again first, and a limit that shrank meanwhile (another tab, another
 *   person) stops the submit before it is sent;
 * - one idempotency key for the dialog, renewed after a refusal (a corrected retry is a new
 *   request) but kept when the answer was lost, so a retry is the same request;
 * - a lost answer is settled by reading the order again: the money moved, or it is safe to retry.
 */
export function useMoneySubmit(orderId: string) {
  const client = useQueryClient();
  const [key, setKey] = useState(newIdempotencyKey);
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);
  const fresh = () => client.fetchQuery({ ...orderQueryOptions(orderId), staleTime: 0 });

  async function submit(move: MoneyMove): Promise<MoneyResult | null> {
    if (sending.current) return null;
    sending.current = true;
    setBusy(true);
    try {
      const before = await fresh();
      const limit = move.limit(before);
      if (move.amount > limit) {
        const money = formatMoney(Math.max(limit, 0), before.currency);
        return {
          ok: false,
          message: `This order changed since the form opened: now at most ${money} can be ${pastTense(move.verb)}. Check the amount.`,
        };
      }
      const sentAt = Date.now();
      try {
        await move.send(key);
        return { ok: true };
      } catch (error) {
        if (isRefusal(error)) {
          setKey(newIdempotencyKey());
          return { ok: false, message: (error as Error).message };
        }
        // No answer, or an answer we could not read: did the money move? The order says.
        const after = client.getQueryData<Order>(orderKeys.detail(orderId));
        const checked = !!after && (client.getQueryState(orderKeys.detail(orderId))?.dataUpdatedAt ?? 0) >= sentAt;
        if (after && checked && move.moved(after) - move.moved(before) >= move.amount) return { ok: true, late: true };
        if (error instanceof ApiError && error.status !== 0) return { ok: true, late: true }; // a 2xx we could not parse
        return {
          ok: false,
          message: checked
            ? `The connection dropped before the server answered. The order shows nothing was ${pastTense(move.verb)}, so it is safe to try again.`
            : `The connection dropped and the order could not be checked. Reload the order to see whether the money moved before trying again.`,
        };
      }
    } catch (error) {
      return { ok: false, message: (error as Error).message }; // the order could not be fetched first
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }
  /** `busy` covers the whole submit: the check of the order, the request, the refetch after it. */
  return { submit, busy };
}

const PAST: Record<string, string> = { capture: "captured", refund: "refunded", "mark as paid": "marked as paid" };
const pastTense = (verb: string) => PAST[verb] ?? verb;
