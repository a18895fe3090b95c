// The capture queue: every payment that still holds authorized money, the one that lapses first
// at the top, from the plugin's /admin/order-payments/to-capture. Only the plugin can list
// payments across orders by what is left to capture; without it the queue says so.
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import { request } from "@/lib/api-client";
import { getConfig } from "@/lib/config";
import { fromApi } from "@/lib/money";
import { orderKeys } from "./orders";
import { isMissingRoute, knownPlugin, rememberPlugin } from "./server-plugin";

const rowSchema = z.object({
  id: z.string(),
  provider_id: z.string(),
  currency_code: z.string(),
  amount: z.number(),
  captured_amount: z.number(),
  created_at: z.string(),
  expires_at: z.string(),
  order: z.object({
    id: z.string(),
    display_id: z.number(),
    email: z.nullable(z.string()),
    customer: z.nullable(z.object({ first_name: z.nullable(z.string()), last_name: z.nullable(z.string()) })),
  }),
});
const pageSchema = z.object({ payments: z.array(rowSchema), count: z.number() });

export type QueueRow = {
  paymentId: string;
  provider: string;
  currency: string;
  /** Minor units still to capture. */
  capturable: number;
  authorizedAt: string;
  expiresAt: string;
  orderId: string;
  displayId: number;
  customer: string;
};
/** `rows` undefined: the server has no capture queue (no plugin). */
export type QueuePage = { rows?: QueueRow[]; count: number };

export const QUEUE_PAGE_SIZE = 50;

// Under the orders lists: every money move marks it stale with them (payments.ts).
export const captureQueueKeys = {
  all: [...orderKeys.lists(), "to-capture"] as const,
  page: (offset: number) => [...captureQueueKeys.all, offset] as const,
};

function toRow(p: z.infer<typeof rowSchema>): QueueRow {
  const currency = p.currency_code;
  const name = [p.order.customer?.first_name, p.order.customer?.last_name].filter(Boolean).join(" ");
  return {
    paymentId: p.id,
    provider: p.provider_id,
    currency,
    capturable: fromApi(p.amount, currency) - fromApi(p.captured_amount, currency),
    authorizedAt: p.created_at,
    expiresAt: p.expires_at,
    orderId: p.order.id,
    displayId: p.order.display_id,
    customer: name || p.order.email || "",
  };
}

/** The windows go with the request, so the server sorts by the moment each one lapses. */
function windowQuery() {
  const { default: days = 7, ...providers } = getConfig().authorizationDays;
  const query: Record<string, number> = { window_days: days };
  for (const [provider, n] of Object.entries(providers)) query[`provider_window_days[${provider}]`] = n;
  return query;
}

export async function getCaptureQueue(
  offset: number,
  client: QueryClient,
  signal?: AbortSignal,
  limit = QUEUE_PAGE_SIZE,
): Promise<QueuePage> {
  if (knownPlugin(client) === false) return { count: 0 };
  try {
    const data = await request("/admin/order-payments/to-capture", {
      query: { limit, offset, ...windowQuery() },
      schema: pageSchema,
      signal,
    });
    rememberPlugin(client, true);
    return { rows: data.payments.map(toRow), count: data.count };
  } catch (error) {
    if (!(await isMissingRoute(error, signal))) throw error;
    rememberPlugin(client, false);
    return { count: 0 };
  }
}

export const captureQueueQueryOptions = (offset: number) =>
  queryOptions({
    queryKey: captureQueueKeys.page(offset),
    queryFn: ({ signal, client }) => getCaptureQueue(offset, client, signal),
  });

/** How many payments wait for a capture, for the header: a page of none. */
export const captureCountQueryOptions = () =>
  queryOptions({
    queryKey: [...captureQueueKeys.all, "count"],
    queryFn: ({ signal, client }) => getCaptureQueue(0, client, signal, 0),
    staleTime: 60_000,
  });
