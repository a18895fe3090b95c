// Money moves whose outcome could not be told, by order and by what they moved (a payment or a
// collection). While one is here, no new attempt on that payment may leave: the first may still
// land. Kept in the query cache so that it outlives the dialog, and sign-out's clearing forgets it.
import { useQuery, type QueryClient } from "@tanstack/react-query";
import type { Order } from "./mappers";

/** What is needed to ask again later: the same request, and the order as it was before it. */
export type Unclear = {
  before: Order;
  input: { amount: number };
  idempotencyKey: string;
};

type Entries = Record<string, Unclear>;

const unclearKey = (orderId: string) => ["money-moves", "unclear", orderId] as const;

export function markUnclear(client: QueryClient, orderId: string, target: string, entry: Unclear) {
  client.setQueryData<Entries>(unclearKey(orderId), (old) => ({ ...old, [target]: entry }));
}

export function clearUnclear(client: QueryClient, orderId: string, target: string) {
  client.setQueryData<Entries>(unclearKey(orderId), (old) => {
    const { [target]: _gone, ...rest } = old ?? {};
    return rest;
  });
}

export const findUnclear = (client: QueryClient, orderId: string, target: string): Unclear | undefined =>
  client.getQueryData<Entries>(unclearKey(orderId))?.[target];

/** The unclear moves of one order, kept current on screen; never fetched, only written above. */
export function useUnclearMoves(orderId: string): Entries {
  return (
    useQuery<Entries>({
      queryKey: unclearKey(orderId),
      queryFn: () => ({}),
      enabled: false,
      staleTime: Infinity,
      gcTime: Infinity,
    }).data ?? {}
  );
}
