import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import { request } from "@/lib/api-client";
import { ORDER_FIELDS, orderPath } from "./order-request";
import { toOrder } from "./mappers";
import { getOrders, type OrderListParams } from "./order-list";
import { orderSchema } from "./schemas";
import { usePluginPresence } from "./server-plugin";

export type { OrderListParams } from "./order-list";

export const orderKeys = {
  all: ["orders"] as const,
  lists: () => [...orderKeys.all, "list"] as const,
  list: (params: OrderListParams) => [...orderKeys.lists(), params] as const,
  details: () => [...orderKeys.all, "detail"] as const,
  detail: (id: string) => [...orderKeys.details(), id] as const,
};

export async function getOrder(id: string, signal?: AbortSignal) {
  const data = await request(orderPath(id), {
    query: { fields: ORDER_FIELDS },
    schema: z.object({ order: orderSchema }),
    signal,
  });
  return toOrder(data.order);
}

export const orderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: orderKeys.detail(id),
    queryFn: ({ signal }) => getOrder(id, signal),
    // Fresh for a moment, so the page mounting just after its early request answered does not
    // ask again. Money is safe regardless: the server with the plugin checks every move's limit
    // exactly, and without it every move re-reads the order before it sends (decision 003).
    staleTime: 5_000,
  });

export const ordersQueryOptions = (params: OrderListParams) =>
  queryOptions({
    queryKey: orderKeys.list(params),
    queryFn: ({ signal, client }) => getOrders(params, client, signal),
    placeholderData: keepPreviousData,
  });

export const useOrder = (id: string) => useQuery(orderQueryOptions(id));
/**
 * The order the page already shows, for a dialog over it: opening the dialog asks the server
 * nothing (a money move is checked before it moves, decision 003), and each later refetch reaches it.
 */
export const useShownOrder = (id: string) => useQuery({ ...orderQueryOptions(id), refetchOnMount: false });
/** A page of orders; not asked for at all when it wants a status filter the server is known to lack. */
export function useOrders(params: OrderListParams) {
  const plugin = usePluginPresence();
  return useQuery({ ...ordersQueryOptions(params), enabled: !(params.paymentStatus && plugin === false) });
}
