import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import { request } from "@/lib/api-client";
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

// Everything the order page shows, in one request. Captures come only when asked for by name.
export const ORDER_FIELDS = [
  "id",
  "display_id",
  "version",
  "created_at",
  "email",
  "currency_code",
  "total",
  "item_total",
  "shipping_total",
  "tax_total",
  "discount_total",
  "credit_line_total",
  "payment_status",
  "+summary",
  "customer.first_name",
  "customer.last_name",
  "*payment_collections",
  "*payment_collections.payments",
  "*payment_collections.payments.captures",
  "*payment_collections.payments.refunds",
  "*payment_collections.payments.refunds.refund_reason",
].join(",");

const LIST_FIELDS = "id,display_id,created_at,email,total,currency_code,payment_status";

export async function getOrder(id: string, signal?: AbortSignal) {
  const data = await request(`/admin/orders/${encodeURIComponent(id)}`, {
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
  queryOptions({ queryKey: orderKeys.detail(id), queryFn: ({ signal }) => getOrder(id, signal) });

export const ordersQueryOptions = (params: OrderListParams) =>
  queryOptions({
    queryKey: orderKeys.list(params),
    queryFn: ({ signal }) => getOrders(params, signal),
    placeholderData: keepPreviousData,
  });

export const useOrder = (id: string) => useQuery(orderQueryOptions(id));
export const useOrders = (params: OrderListParams) => useQuery(ordersQueryOptions(params));
