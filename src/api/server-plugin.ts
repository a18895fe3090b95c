// Whether the store's Medusa server has this repository's plugin (medusa-order-payments), kept
// in the query cache for the whole session: true, false, or undefined while nobody has asked.
// The orders list learns it from its own first request (/admin/order-payments answers, or is a
// 404), so a plugin server costs no extra request; the order page asks once, when idle.
import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import { ApiError, request } from "@/lib/api-client";

export const pluginKeys = { presence: ["server", "order-payments-plugin"] as const };

/** The plugin's route: a server without the plugin answers 404 here. */
export const ORDER_PAYMENTS_PATH = "/admin/order-payments";

/**
 * Whether a failed request to the plugin's route means the server lacks it. Medusa answers a route
 * it does not have with a 404 that carries no CORS headers, so a browser on another origin (the
 * only way to reach a server without the plugin) sees a network error instead: then Medusa's own
 * list answering tells a missing route from a server that cannot be reached.
 */
export async function isMissingRoute(error: unknown, signal?: AbortSignal): Promise<boolean> {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 404) return true;
  if (error.status !== 0) return false;
  try {
    await request("/admin/orders", { query: { limit: 1, fields: "id" }, schema: z.unknown(), signal });
    return true;
  } catch {
    return false;
  }
}

/** A cheap question to the server: one row of the plugin's list. */
async function probePlugin(signal?: AbortSignal): Promise<boolean> {
  try {
    await request(ORDER_PAYMENTS_PATH, { query: { limit: 1 }, schema: z.object({ count: z.number() }), signal });
    return true;
  } catch (error) {
    if (await isMissingRoute(error, signal)) return false;
    throw error;
  }
}

export const pluginQueryOptions = () =>
  queryOptions({
    queryKey: pluginKeys.presence,
    queryFn: ({ signal }) => probePlugin(signal),
    // A server gains or loses a plugin only on a redeploy; a reload of the app asks again.
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** What is known now, without asking. */
export const knownPlugin = (client: QueryClient): boolean | undefined =>
  client.getQueryData<boolean>(pluginKeys.presence);

export const rememberPlugin = (client: QueryClient, present: boolean) => {
  if (knownPlugin(client) !== present) client.setQueryData(pluginKeys.presence, present);
};

/** Known, or asked once now; undefined when the question itself failed (then assume nothing). */
export const askPlugin = (client: QueryClient): Promise<boolean | undefined> =>
  client.fetchQuery(pluginQueryOptions()).catch(() => undefined);

/** What is known now, kept current as the list or a probe learns it; never asks by itself. */
export const usePluginPresence = (): boolean | undefined => useQuery({ ...pluginQueryOptions(), enabled: false }).data;
