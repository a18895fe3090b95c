import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import { request } from "@/lib/api-client";
import { ORDER_FIELDS, orderPath } from "./order-request";
import { toOrder, toOrderListItem, type OrderPaymentStatus } from "./mappers";
import { orderListItemSchema, orderSchema } from "./schemas";

export type OrderListParams = { offset: number; limit: number; q?: string; paymentStatus?: OrderPaymentStatus };

export const orderKeys = {
  all: ["orders"] as const,
  lists: () => [...orderKeys.all, "list"] as const,
  list: (params: OrderListParams) => [...orderKeys.lists(), params] as const,
  details: () => [...orderKeys.all, "detail"] as const,
  detail: (id: string) => [...orderKeys.details(), id] as const,
};

const LIST_FIELDS = "id,display_id,created_at,email,total,currency_code,payment_status";

export async function getOrder(id: string, signal?: AbortSignal) {
  const data = await request(orderPath(id), {
    query: { fields: ORDER_FIELDS },
    schema: z.object({ order: orderSchema }),
    signal,
  });
  return toOrder(data.order);
}

export async function getOrders(params: OrderListParams, signal?: AbortSignal) {
  const data = await request("/admin/orders", {
    query: {
      fields: LIST_FIELDS,
      limit: params.limit,
      offset: params.offset,
      order: "-created_at",
      q: params.q?.trim().replace(/^#/, ""),
      payment_status: params.paymentStatus ? [params.paymentStatus] : undefined,
    },
    schema: z.object({ orders: z.array(orderListItemSchema), count: z.number() }),
    signal,
  });
  return { orders: data.orders.map(toOrderListItem), count: data.count };
}

export const orderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: orderKeys.detail(id),
    queryFn: ({ signal }) => getOrder(id, signal),
    // Fresh for a moment, so the page mounting just after its early request answered does not
    // ask again. Money is safe regardless: every action re-reads the order before it sends.
    staleTime: 5_000,
  });

export const ordersQueryOptions = (params: OrderListParams) =>
  queryOptions({
    queryKey: orderKeys.list(params),
    queryFn: ({ signal }) => getOrders(params, signal),
    placeholderData: keepPreviousData,
  });

export const useOrder = (id: string) => useQuery(orderQueryOptions(id));
/**
 * The order the page already shows, for a dialog over it: opening the dialog asks the server
 * nothing (a money move reads the order again before it sends), and each later refetch reaches it.
 */
export const useShownOrder = (id: string) => useQuery({ ...orderQueryOptions(id), refetchOnMount: false });
export const useOrders = (params: OrderListParams) => useQuery(ordersQueryOptions(params));
