import { queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import { request } from "@/lib/api-client";

export type RefundReason = { id: string; label: string; description: string | null };

export const refundReasonKeys = { all: ["refund-reasons"] as const };

export async function getRefundReasons(signal?: AbortSignal): Promise<RefundReason[]> {
  const data = await request("/admin/refund-reasons", {
    query: { fields: "id,label,description", limit: 100 },
    schema: z.object({
      refund_reasons: z.array(z.object({ id: z.string(), label: z.string(), description: z.nullish(z.string()) })),
    }),
    signal,
  });
  return data.refund_reasons.map((r) => ({ id: r.id, label: r.label, description: r.description ?? null }));
}

// Reasons rarely change: fetch once a session.
export const refundReasonsQueryOptions = () =>
  queryOptions({
    queryKey: refundReasonKeys.all,
    queryFn: ({ signal }) => getRefundReasons(signal),
    staleTime: Infinity,
  });

export const useRefundReasons = () => useQuery(refundReasonsQueryOptions());
