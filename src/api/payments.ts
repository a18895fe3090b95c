// Money-moving requests. Never retried automatically; each dialog passes one
// idempotency key for its whole life, so a repeated submit is the same request.
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import { request } from "@/lib/api-client";
import { toApi } from "@/lib/money";
import { toPayment } from "./mappers";
import { orderKeys } from "./orders";
import { paymentSchema } from "./schemas";

export const paymentKeys = {
  all: ["payments"] as const,
  detail: (id: string) => [...paymentKeys.all, id] as const,
};

const PAYMENT_FIELDS =
  "id,amount,currency_code,provider_id,created_at,captured_at,canceled_at,payment_collection_id,payment_session_id,*captures,*refunds,*refunds.refund_reason";

export async function getPayment(id: string, signal?: AbortSignal) {
  const data = await request(`/admin/payments/${encodeURIComponent(id)}`, {
    query: { fields: PAYMENT_FIELDS },
    schema: z.object({ payment: paymentSchema }),
    signal,
  });
  return toPayment(data.payment);
}

export const paymentQueryOptions = (id: string) =>
  queryOptions({ queryKey: paymentKeys.detail(id), queryFn: ({ signal }) => getPayment(id, signal) });
export const usePayment = (id: string) => useQuery(paymentQueryOptions(id));

/**
 * After any money movement, success or failure: fetch the order again (awaited, so the
 * button stays busy until true figures are on screen) and mark every list stale. Lists are
 * refetched when next shown, not while hidden.
 */
export async function refreshOrder(client: QueryClient, orderId: string) {
  client.invalidateQueries({ queryKey: orderKeys.lists(), refetchType: "none" });
  client.invalidateQueries({ queryKey: paymentKeys.all });
  await client.invalidateQueries({ queryKey: orderKeys.detail(orderId) });
}

type MoneyInput = { paymentId: string; amount: number; currency: string; idempotencyKey: string };

export function useCapturePayment(orderId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ paymentId, amount, currency, idempotencyKey }: MoneyInput) =>
      request(`/admin/payments/${encodeURIComponent(paymentId)}/capture`, {
        method: "POST",
        // Always send the amount: the server reads a missing one as the whole payment.
        body: { amount: toApi(amount, currency) },
        schema: z.object({ payment: paymentSchema }),
        idempotencyKey,
      }),
    onSettled: () => refreshOrder(client, orderId),
  });
}

export type RefundInput = MoneyInput & { reasonId?: string; note?: string };

export const refundMutationKey = (orderId: string) => ["refund", orderId] as const;

export function useRefundPayment(orderId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: refundMutationKey(orderId),
    mutationFn: ({ paymentId, amount, currency, idempotencyKey, reasonId, note }: RefundInput) =>
      request(`/admin/payments/${encodeURIComponent(paymentId)}/refund`, {
        method: "POST",
        body: {
          amount: toApi(amount, currency),
          ...(reasonId ? { refund_reason_id: reasonId } : {}),
          ...(note ? { note } : {}),
        },
        schema: z.object({ payment: paymentSchema }),
        idempotencyKey,
      }),
    onSettled: () => refreshOrder(client, orderId),
  });
}

export function useMarkAsPaid(orderId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ collectionId, idempotencyKey }: { collectionId: string; idempotencyKey: string }) =>
      request(`/admin/payment-collections/${encodeURIComponent(collectionId)}/mark-as-paid`, {
        method: "POST",
        body: { order_id: orderId },
        schema: z.object({ payment_collection: z.object({ id: z.string(), status: z.string() }) }),
        idempotencyKey,
      }),
    onSettled: () => refreshOrder(client, orderId),
  });
}
