import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ApiError, isRefusal } from "@/lib/api-client";
import { newIdempotencyKey } from "@/lib/idempotency";
import type { Order } from "./mappers";
import { orderKeys, orderQueryOptions } from "./orders";
import { askPlugin, knownPlugin } from "./server-plugin";

/** How a money move ended, in data: the dialog that asked puts it in its own words. */
export type MoveOutcome =
  /** The money moved. `late`: the answer was lost, and the order read afterwards shows the move. */
  | { kind: "done"; late: boolean }
  /** Nothing moved: the server refused, or the order could not be read before sending; `message` says why. */
  | { kind: "refused"; message: string }
  /** Nothing was sent: the order changed since the form opened and now allows at most `limit`. */
  | { kind: "changed"; limit: number }
  /** The answer was lost and the order shows nothing moved: sending again (the same request) is safe. */
  | { kind: "not-moved" }
  /** The answer was lost and the order could not be read either: whether the money moved is unknown. */
  | { kind: "unknown" }
  /** A second submit while the first is in flight (a double click, Enter twice): dropped. */
  | { kind: "duplicate" };

/** What the guard needs to know about one kind of move; the move hooks (money-moves.ts) give it. */
export type MoveRule<I extends { amount: number }> = {
  /** What the order allows this input to move now (capturable, refundable, unpaid), minor units. */
  limit: (order: Order, input: I) => number;
  /** A figure that grows by the amount when the money moves (captured, refunded, paid). */
  moved: (order: Order, input: I) => number;
  /** The request, with this attempt's idempotency key; its mutation awaits the order's refresh. */
  request: (input: I, idempotencyKey: string) => Promise<unknown>;
};

/**
 * The submit of a dialog that moves money (decision 003), guarded against everything that moves
 * money twice or against stale figures:
 * - one request at a time: a double click or a second Enter is dropped;
 * - on a server with the plugin, which checks every limit exactly and refuses what goes over it,
 *   the request leaves at once and a refusal is shown as the server words it; without the plugin
 *   (Medusa lets a refund one minor unit over through, and captures on a canceled order) the
 *   order is fetched again first, and a limit that shrank meanwhile stops the submit before it
 *   is sent;
 * - one idempotency key for the dialog, renewed after a refusal (a corrected retry is a new
 *   request) but kept when the answer was lost, so a retry is the same request;
 * - a lost answer is settled by reading the order again: the money moved, or it is safe to retry.
 * `busy` covers the whole submit: the check of the order, the request, the refetch after it.
 */
export function useMoneySubmit<I extends { amount: number }>(orderId: string, rule: MoveRule<I>) {
  const client = useQueryClient();
  const [key, setKey] = useState(newIdempotencyKey);
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);

  /** The order as the server has it now; `once` for a read that should not wait on retries. */
  const fresh = (once = false) =>
    client.fetchQuery({ ...orderQueryOptions(orderId), staleTime: 0, ...(once ? { retry: false } : {}) });

  /** No answer, or an answer we could not read: did the money move? The order says. */
  async function settle(error: unknown, input: I, before: Order, readsBefore: number): Promise<MoveOutcome> {
    if (error instanceof ApiError && error.status !== 0) return { kind: "done", late: true }; // a 2xx we could not parse
    // The mutation's refresh has read the order again when the page shows it; otherwise read it here, once.
    // Counted, not timed: the read before sending often lands in the same millisecond as the send.
    const state = client.getQueryState<Order>(orderKeys.detail(orderId));
    const after =
      state?.data && state.dataUpdateCount > readsBefore ? state.data : await fresh(true).catch(() => undefined);
    if (!after) return { kind: "unknown" };
    const grew = rule.moved(after, input) - rule.moved(before, input) >= input.amount;
    return grew ? { kind: "done", late: true } : { kind: "not-moved" };
  }

  /** The order to measure the move against: as shown when the server checks limits, else read now. */
  async function orderBefore(input: I): Promise<Order | Exclude<MoveOutcome, { kind: "done" }>> {
    const shown = client.getQueryData<Order>(orderKeys.detail(orderId));
    if (shown && (knownPlugin(client) ?? (await askPlugin(client)))) return shown;
    let before: Order;
    try {
      before = await fresh();
    } catch (error) {
      return { kind: "refused", message: (error as Error).message }; // nothing was sent
    }
    const limit = rule.limit(before, input);
    return input.amount > limit ? { kind: "changed", limit: Math.max(limit, 0) } : before;
  }

  async function attempt(input: I): Promise<MoveOutcome> {
    const before = await orderBefore(input);
    if ("kind" in before) return before;
    const readsBefore = client.getQueryState(orderKeys.detail(orderId))?.dataUpdateCount ?? 0;
    try {
      await rule.request(input, key);
      return { kind: "done", late: false };
    } catch (error) {
      if (!isRefusal(error)) return settle(error, input, before, readsBefore);
      setKey(newIdempotencyKey());
      return { kind: "refused", message: (error as Error).message };
    }
  }

  async function send(input: I): Promise<MoveOutcome> {
    if (sending.current) return { kind: "duplicate" };
    sending.current = true;
    setBusy(true);
    try {
      return await attempt(input);
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }
  return { send, busy };
}
