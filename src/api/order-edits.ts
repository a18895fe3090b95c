// Order edits for Activity. Medusa's order read says nothing of them: who confirmed an edit and
// when come from the order's changes, what it changed from the order's total at the versions on
// either side of it (an edit opens a version; the changes list leaves its amounts empty).
import { queryOptions, useQuery } from "@tanstack/react-query";
import * as z from "zod/mini";
import { request } from "@/lib/api-client";
import { fromApi } from "@/lib/money";
import type { Order } from "./mappers";
import { orderPath } from "./order-request";

type Where = Pick<Order, "id" | "version" | "currency">;

export type OrderEdit = {
  id: string;
  /** When it was confirmed. */
  at: string;
  by: string | null;
  /** The order's total before and after it, minor units. */
  before: number;
  after: number;
};

const changesSchema = z.object({
  order_changes: z.array(
    z.object({
      id: z.string(),
      version: z.number(),
      confirmed_at: z.nullish(z.string()),
      confirmed_by: z.nullish(z.string()),
    }),
  ),
});

async function totalAt(order: Where, version: number, signal?: AbortSignal): Promise<number> {
  const data = await request(orderPath(order.id), {
    query: { version, fields: "id,total" },
    schema: z.object({ order: z.object({ total: z.number() }) }),
    signal,
  });
  return fromApi(data.order.total, order.currency);
}

export async function getOrderEdits(order: Where, signal?: AbortSignal): Promise<OrderEdit[]> {
  const { order_changes } = await request(`${orderPath(order.id)}/changes`, {
    query: { change_type: "edit", status: "confirmed", fields: "id,version,confirmed_at,confirmed_by" },
    schema: changesSchema,
    signal,
  });
  // An edit opens version v (2 or more), so its difference is total(v) − total(v − 1). Only versions
  // the order has are asked for: Medusa answers a total of 0 for one it never had.
  const edits = order_changes.filter((c) => c.confirmed_at && c.version > 1 && c.version <= order.version);
  const versions = [...new Set(edits.flatMap((c) => [c.version - 1, c.version]))];
  const totals = new Map(await Promise.all(versions.map(async (v) => [v, await totalAt(order, v, signal)] as const)));
  return edits.map((c) => ({
    id: c.id,
    at: c.confirmed_at!,
    by: c.confirmed_by ?? null,
    before: totals.get(c.version - 1)!,
    after: totals.get(c.version)!,
  }));
}

export const orderEditsQueryOptions = ({ id, version, currency }: Where) =>
  queryOptions({
    // A confirmed edit never changes, and a new one moves the order to a new version: the version
    // in the key is what makes it current, so nothing here needs refetching.
    queryKey: ["order-edits", id, version, currency] as const,
    queryFn: ({ signal }) => getOrderEdits({ id, version, currency }, signal),
    staleTime: Infinity,
  });

/** The order's confirmed edits; nothing is asked for an order still at its first version. */
export const useOrderEdits = (order: Order) =>
  useQuery({ ...orderEditsQueryOptions(order), enabled: order.version > 1 });
