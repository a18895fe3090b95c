import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { isRefusal, isUnreadableSuccess } from "@/lib/api-client";
import { newIdempotencyKey } from "@/lib/idempotency";
import type { Order } from "./mappers";
import { ANSWER_WINDOW_MS } from "./answer-window";
import { orderKeys, orderQueryOptions } from "./orders";
import { reconcile, type Verdict } from "./reconcile";
import { askPlugin, knownPlugin } from "./server-plugin";
import { clearUnclear, findUnclear, markUnclear, useUnclearMoves } from "./unclear-moves";

/** How a money move ended, in data: the dialog that asked puts it in its own words. */
export type MoveOutcome =
  /** The money moved. `late`: the first answer was unclear, and the server confirmed the move afterwards. */
  | { kind: "done"; late: boolean; amount: number }
  /** Nothing moved: Medusa refused, or the order could not be read before sending; `message` says why. */
  | { kind: "refused"; message: string }
  /** Nothing was sent: the order changed since the form opened and now allows at most `limit`. */
  | { kind: "changed"; limit: number }
  /** The answer was unclear, and the server then showed that nothing moved: trying again is safe. */
  | { kind: "not-moved" }
  /** The answer was unclear and the server could not tell either: no new attempt until the order is reloaded. */
  | { kind: "unknown" }
  /** A second submit while the first is in flight (a double click, Enter twice): dropped. */
  | { kind: "duplicate" };

/** A record a move adds to the order: a capture or refund on the payment, a payment in the collection. */
export type MoveRecord = { id: string; amount: number };

/** What the guard needs to know about one kind of move; the move hooks (money-moves.ts) give it. */
export type MoveRule<I extends { amount: number }> = {
  /** The payment or collection the move acts on: one unclear move there blocks the next. */
  target: (input: I) => string;
  /** What the order allows this input to move now (capturable, refundable, unpaid), minor units. */
  limit: (order: Order, input: I) => number;
  /** The records of the kind this move adds, as the order holds them. */
  records: (order: Order, input: I) => MoveRecord[];
  /** The request, with this attempt's idempotency key; its mutation awaits the order's refresh. */
  request: (input: I, idempotencyKey: string) => Promise<unknown>;
};

/** Held while a money move runs, checking included: whatever must not close or leave meanwhile looks for it. */
export const moneyMoveKey = (orderId: string) => ["money-move", orderId] as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The submit of a dialog that moves money (decision 003), guarded against everything that moves
 * money twice or against stale figures:
 * - one request at a time: a double click or a second Enter is dropped;
 * - with the plugin, which checks every limit exactly, the request leaves at once; without it
 *   (Medusa lets a refund one minor unit over through) the order is read first, and a limit that
 *   shrank meanwhile stops the submit before it is sent;
 * - three outcomes: Medusa's refusal (a 4xx in its error body) means nothing moved, and the next
 *   attempt gets a new idempotency key; any other failure is unclear, and the server is asked
 *   (reconcile.ts) until it tells, keeping the key; if it cannot tell, the payment is blocked
 *   until the order is checked again (`recheck`).
 * `busy` covers the whole submit; `checking` the asking after an unclear answer.
 */
export function useMoneySubmit<I extends { amount: number }>(orderId: string, rule: MoveRule<I>) {
  const client = useQueryClient();
  const [key, setKey] = useState(newIdempotencyKey);
  const sending = useRef(false);
  const [checking, setChecking] = useState(false);
  const unclear = useUnclearMoves(orderId);
  const running = useMutation({
    mutationKey: moneyMoveKey(orderId),
    mutationFn: (step: () => Promise<MoveOutcome>) => step(),
  });

  const fresh = (once = false) =>
    client.fetchQuery({ ...orderQueryOptions(orderId), staleTime: 0, ...(once ? { retry: false } : {}) });

  /** The order to measure the move against: as shown when the server checks limits, else read now. */
  async function orderBefore(input: I, plugin: boolean | undefined): Promise<Order | MoveOutcome> {
    const shown = client.getQueryData<Order>(orderKeys.detail(orderId));
    if (shown && plugin) return shown;
    let before: Order;
    try {
      before = await fresh();
    } catch (error) {
      return { kind: "refused", message: (error as Error).message }; // nothing was sent
    }
    const limit = rule.limit(before, input);
    return input.amount > limit ? { kind: "changed", limit: Math.max(limit, 0) } : before;
  }

  /** Asks the server whether the move with this key landed, and records the answer. */
  async function settle(input: I, before: Order, sentKey: string, windowMs: number): Promise<MoveOutcome> {
    const known = new Set(rule.records(before, input).map((r) => r.id));
    // Known by now: the attempt asked before sending (a recheck comes after one).
    const plugin = knownPlugin(client) ?? (await askPlugin(client));
    setChecking(true);
    let verdict: Verdict;
    try {
      verdict = await reconcile({
        read: () => fresh(true),
        landed: (order) => rule.records(order, input).some((r) => !known.has(r.id) && r.amount === input.amount),
        replay: plugin ? () => rule.request(input, sentKey) : undefined,
        windowMs,
        sleep,
        now: Date.now,
      });
    } finally {
      setChecking(false);
    }
    const target = rule.target(input);
    if (verdict.kind === "unknown") {
      markUnclear(client, orderId, target, { before, input, idempotencyKey: sentKey });
      return verdict;
    }
    clearUnclear(client, orderId, target);
    if (verdict.kind === "done") return { kind: "done", late: true, amount: input.amount };
    setKey(newIdempotencyKey()); // the request under the old key is over: a new attempt is a new request
    return verdict;
  }

  async function attempt(input: I): Promise<MoveOutcome> {
    if (findUnclear(client, orderId, rule.target(input))) return { kind: "unknown" };
    const plugin = knownPlugin(client) ?? (await askPlugin(client));
    const before = await orderBefore(input, plugin);
    if ("kind" in before) return before;
    try {
      await rule.request(input, key);
      return { kind: "done", late: false, amount: input.amount };
    } catch (error) {
      if (isUnreadableSuccess(error)) return { kind: "done", late: false, amount: input.amount };
      if (!isRefusal(error)) return settle(input, before, key, ANSWER_WINDOW_MS);
      setKey(newIdempotencyKey());
      return { kind: "refused", message: (error as Error).message };
    }
  }

  /** Runs one guarded step: one at a time, busy while it runs. */
  async function guarded(step: () => Promise<MoveOutcome>): Promise<MoveOutcome> {
    if (sending.current) return { kind: "duplicate" };
    sending.current = true;
    try {
      return await running.mutateAsync(step);
    } finally {
      sending.current = false;
    }
  }

  const send = (input: I) => guarded(() => attempt(input));

  /** After "unknown": reads the order again (and, with the plugin, replays the same key) once. */
  const recheck = (target: string) =>
    guarded(async () => {
      const entry = findUnclear(client, orderId, target);
      if (!entry) return { kind: "not-moved" };
      return settle(entry.input as I, entry.before, entry.idempotencyKey, 0);
    });

  return { send, recheck, busy: running.isPending, checking, isUnclear: (target: string) => target in unclear };
}
