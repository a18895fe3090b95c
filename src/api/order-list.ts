// The orders list: from the plugin's /admin/order-payments when the server has it (a real
// payment-status filter and a search by number, email or name), else from Medusa's own
// /admin/orders, which has no payment-status filter at all (it strips the parameter and
// answers every order). A filter is never silently dropped: without the plugin a list asked
// for one fails with StatusFilterUnavailable instead of answering unfiltered.
import type { QueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import { t } from "@/i18n/i18n";
import { ApiError, request } from "@/lib/api-client";
import { toOrderListItem, type OrderListItem, type OrderPaymentStatus } from "./mappers";
import { ORDER_LIST_FIELDS, orderListItemSchema } from "./schemas";
import { isMissingRoute, knownPlugin, ORDER_PAYMENTS_PATH, rememberPlugin } from "./server-plugin";

export type OrderListParams = { offset: number; limit: number; q?: string; paymentStatus?: OrderPaymentStatus };
export type OrderListPage = { orders: OrderListItem[]; count: number };

const pageSchema = z.object({ orders: z.array(orderListItemSchema), count: z.number() });

/** The list was asked for a payment status and the server cannot filter by it. */
export class StatusFilterUnavailable extends ApiError {
  constructor() {
    super(404, "status_filter_unavailable", t("orders.filterNotOnServer"));
  }
}

// The plugin reads "#12" as display id 12 only; Medusa's free-text search would look for "#".
const search = (q: string | undefined, plugin: boolean) =>
  (plugin ? q?.trim() : q?.trim().replace(/^#/, "")) || undefined;
const toPage = (data: z.infer<typeof pageSchema>): OrderListPage => ({
  orders: data.orders.map(toOrderListItem),
  count: data.count,
});

async function getOrderPayments(params: OrderListParams, signal?: AbortSignal) {
  const data = await request(ORDER_PAYMENTS_PATH, {
    query: {
      limit: params.limit,
      offset: params.offset,
      order: "-created_at",
      q: search(params.q, true),
      payment_status: params.paymentStatus ? [params.paymentStatus] : undefined,
    },
    schema: pageSchema,
    signal,
  });
  return toPage(data);
}

async function getMedusaOrders(params: OrderListParams, signal?: AbortSignal) {
  const data = await request("/admin/orders", {
    query: {
      fields: ORDER_LIST_FIELDS,
      limit: params.limit,
      offset: params.offset,
      order: "-created_at",
      q: search(params.q, false),
    },
    schema: pageSchema,
    signal,
  });
  return toPage(data);
}

/** One page of orders; on the way, the cache learns whether the server has the plugin. */
export async function getOrders(params: OrderListParams, client: QueryClient, signal?: AbortSignal) {
  if (knownPlugin(client) !== false) {
    try {
      const page = await getOrderPayments(params, signal);
      rememberPlugin(client, true);
      return page;
    } catch (error) {
      if (!(await isMissingRoute(error, signal))) throw error;
      rememberPlugin(client, false);
    }
  }
  if (params.paymentStatus) throw new StatusFilterUnavailable();
  return getMedusaOrders(params, signal);
}
