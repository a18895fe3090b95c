// Recording a payment received outside the store for part (or all) of an open request. Medusa
// 2.21 has no call for it; these are the calls a real 2.21.2 server accepts, in this order
// (mocks/transcripts/record-payment):
// 1. POST /admin/payment-collections {order_id, amount}: a request for the part received;
// 2. POST .../mark-as-paid on it, guarded like every money move (Idempotency-Key, re-read first);
// 3. POST /admin/orders/:id {metadata}: the method and reference, under the new payment's id;
// 4. DELETE the open request, and 5. POST a new one for what is left, so its payment link asks
//    for exactly that. A whole request is simply marked as paid (steps 2 and 3).
// Once the money moved (2) the rest may fail: the outcome then says which step did not happen.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import * as z from "zod/mini";
import { t } from "@/i18n/i18n";
import { isRefusal, isUnreadableSuccess, request } from "@/lib/api-client";
import { toApi } from "@/lib/money";
import { noteKey, type PaymentMethod } from "./manual-payment-notes";
import type { Order } from "./mappers";
import { useMarkPaidMove, type MoveOutcome } from "./money-moves";
import { orderPath } from "./order-request";
import { orderKeys, orderQueryOptions } from "./orders";
import { refreshOrder } from "./payments";

export type RecordInput = {
  /** The open (not_paid) request this payment settles part of, and its amount. */
  request: { collectionId: string; amount: number };
  /** What of the outstanding amount that request stands for: the most a payment here can be. */
  max: number;
  amount: number;
  currency: string;
  method: PaymentMethod;
  reference: string;
};

export type RecordOutcome =
  /** Nothing was recorded (or, for "unknown", it cannot be told yet): the guard's own outcomes. */
  | Exclude<MoveOutcome, { kind: "done" }>
  /** The payment is recorded. A later step that failed says so, with the server's words. */
  | { kind: "recorded"; late: boolean; note: string | null; request: RequestProblem | null; rest: number };

/** Which step on the open request failed after the payment was recorded: removing the old one, or asking for the rest. */
export type RequestProblem = { step: "delete" | "create"; message: string };

const collectionAnswer = z.object({ payment_collection: z.object({ id: z.string() }) });

const createRequest = (orderId: string, amount: number, currency: string) =>
  request("/admin/payment-collections", {
    method: "POST",
    body: { order_id: orderId, amount: toApi(amount, currency) },
    schema: collectionAnswer,
  });

const deleteRequest = (collectionId: string) =>
  request(`/admin/payment-collections/${encodeURIComponent(collectionId)}`, {
    method: "DELETE",
    schema: z.object({ id: z.string() }),
  });

const keepNote = (orderId: string, paymentId: string, method: PaymentMethod, reference: string) =>
  request(orderPath(orderId), {
    method: "POST",
    query: { fields: "id" },
    body: { metadata: { [noteKey(paymentId)]: { method, reference: reference.trim() } } },
    schema: z.object({ order: z.object({ id: z.string() }) }),
  });

const message = (error: unknown) => (error as Error).message;

/** One attempt: what was asked, the request the payment goes on, and the order's requests before it. */
type Attempt = { input: RecordInput; target: string; whole: boolean; known: Set<string> };
const unclearAttemptKey = (orderId: string) => ["money-moves", "record-unclear", orderId] as const;

export function useRecordPayment(orderId: string) {
  const client = useQueryClient();
  const mark = useMarkPaidMove(orderId);
  const read = () => client.fetchQuery({ ...orderQueryOptions(orderId), staleTime: 0, retry: false });
  const shown = () => client.getQueryData<Order>(orderKeys.detail(orderId));

  /** A request made here whose fate is unclear or whose payment failed: removed, so it asks nothing. */
  async function withdraw(amount: number, known: Set<string>) {
    const order = await read().catch(() => undefined);
    const stray = order?.collections.find((c) => !known.has(c.id) && c.status === "not_paid" && c.amount === amount);
    if (stray) await deleteRequest(stray.id).catch(() => undefined);
    await refreshOrder(client, orderId);
  }

  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  // Kept in the query cache like the guard's own unclear moves: it outlives the dialog.
  const unclear =
    useQuery<Attempt | null>({
      queryKey: unclearAttemptKey(orderId),
      queryFn: () => null,
      enabled: false,
      staleTime: Infinity,
      gcTime: Infinity,
    }).data ?? null;
  const setUnclear = (attempt: Attempt | null) => client.setQueryData(unclearAttemptKey(orderId), attempt);

  /** One at a time: a double click while a payment is being recorded is dropped. */
  async function send(input: RecordInput): Promise<RecordOutcome> {
    if (sending.current) return { kind: "duplicate" };
    sending.current = true;
    setBusy(true);
    try {
      return await steps(input);
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  async function steps(input: RecordInput): Promise<RecordOutcome> {
    const { request: open, amount, currency } = input;
    // Read first: another tab may have paid or changed the request since the form opened.
    let before: Order;
    try {
      before = await read();
    } catch (error) {
      return { kind: "refused", message: message(error) };
    }
    const still = before.collections.find((c) => c.id === open.collectionId && c.status === "not_paid");
    const max = still ? Math.min(input.max, before.summary.pendingDifference, still.amount) : 0;
    if (amount > max) return { kind: "changed", limit: Math.max(max, 0) };

    const whole = amount === open.amount;
    let target = open.collectionId;
    const known = new Set(before.collections.map((c) => c.id));
    if (!whole) {
      try {
        target = (await createRequest(orderId, amount, currency)).payment_collection.id;
      } catch (error) {
        if (isRefusal(error)) return { kind: "refused", message: message(error) };
        // The request may exist without its answer: take it back, nothing is paid on it.
        if (!isUnreadableSuccess(error)) await withdraw(amount, known);
        return { kind: "refused", message: message(error) };
      }
    }
    const moved = await mark.send({ collectionId: target, amount });
    return settled(moved, { input, target, whole, known });
  }

  /** After the payment step: the rest of the steps once it is done, or taking back the request made for it. */
  async function settled(moved: MoveOutcome, attempt: Attempt): Promise<RecordOutcome> {
    const { input, whole, known } = attempt;
    // No clear answer: the payment may or may not exist. Nothing more until it is checked again.
    setUnclear(moved.kind === "unknown" ? attempt : null);
    if (moved.kind === "done") return afterPayment(attempt, moved.late);
    if (!whole && ["refused", "not-moved", "changed"].includes(moved.kind)) await withdraw(input.amount, known);
    return moved;
  }

  async function afterPayment({ input, target, whole }: Attempt, late: boolean): Promise<RecordOutcome> {
    const { request: open, amount, currency } = input;
    const after = shown();
    const paymentId = after?.collections.find((c) => c.id === target)?.payments[0]?.id;
    let note: string | null = null;
    try {
      if (!paymentId) throw new Error(t("capture.newPaymentMissing"));
      await keepNote(orderId, paymentId, input.method, input.reference);
    } catch (error) {
      note = message(error);
    }

    // What is left of the part of the outstanding amount the open request stood for.
    const rest = Math.min(open.amount, input.max) - amount;
    let problem: RequestProblem | null = null;
    if (!whole) {
      let step: RequestProblem["step"] = "delete";
      try {
        await deleteRequest(open.collectionId);
        step = "create";
        if (rest > 0) await createRequest(orderId, rest, currency);
      } catch (error) {
        problem = { step, message: message(error) };
      }
    }
    await refreshOrder(client, orderId);
    return { kind: "recorded", late, note, request: problem, rest };
  }

  /** After "unknown": asks again whether the payment landed, and if it did, takes the remaining steps. */
  async function recheck(): Promise<RecordOutcome> {
    if (!unclear) return { kind: "not-moved" };
    if (sending.current) return { kind: "duplicate" };
    sending.current = true;
    setBusy(true);
    try {
      return await settled(await mark.recheck(unclear.target), unclear);
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  return {
    send,
    recheck,
    busy: busy || mark.busy,
    checking: mark.checking,
    /** An earlier attempt here has no clear outcome: no new one until `recheck`. */
    unclear: !!unclear && mark.isUnclear(unclear.target),
  };
}
