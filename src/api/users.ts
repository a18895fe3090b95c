// Staff names for "who did what": Medusa records only a user id on each capture and refund, so
// the page asks once for every id it shows (GET /admin/users?id[]=...), not once per event.
import { queryOptions, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import { request } from "@/lib/api-client";

export const USER_FIELDS = "id,email,first_name,last_name";

const userSchema = z.object({
  id: z.string(),
  email: z.nullish(z.string()),
  first_name: z.nullish(z.string()),
  last_name: z.nullish(z.string()),
});

export const userKeys = {
  all: ["users"] as const,
  byIds: (ids: readonly string[]) => [...userKeys.all, "by-ids", ids] as const,
};

/** How a member of staff is named: first and last name, else the email, else nothing. */
export function staffName(user: z.infer<typeof userSchema>): string {
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ");
  return name || user.email || "";
}

/** Names by user id; an id the server does not know is simply absent. */
export async function getStaffNames(ids: readonly string[], signal?: AbortSignal): Promise<Record<string, string>> {
  const data = await request("/admin/users", {
    // Medusa's list stops at 50 by default: ask for as many as there are ids.
    query: { id: [...ids], fields: USER_FIELDS, limit: ids.length },
    schema: z.object({ users: z.array(userSchema) }),
    signal,
  });
  return Object.fromEntries(data.users.map((u) => [u.id, staffName(u)]).filter(([, name]) => name));
}

export const staffNamesQueryOptions = (ids: readonly string[]) =>
  queryOptions({
    queryKey: userKeys.byIds(ids),
    queryFn: ({ signal }) => getStaffNames(ids, signal),
    // Names barely change; a page reload is soon enough to see a new one.
    staleTime: Infinity,
    enabled: ids.length > 0,
  });

/**
 * The names of these users (sorted, without repeats, so one page asks one question), or an
 * empty record while loading, when the request failed, or for ids the server does not know:
 * the caller then names nobody rather than guessing.
 */
export function useStaffNames(ids: readonly (string | null | undefined)[]): Record<string, string> {
  const client = useQueryClient();
  const wanted = [...new Set(ids.filter((id): id is string => !!id))].sort();
  const { data } = useQuery({ ...staffNamesQueryOptions(wanted), initialData: () => alreadyAsked(client, wanted) });
  return data ?? {};
}

/**
 * The names when every id was part of an earlier answer (a dialog over the order page asks about
 * a few of the page's users): no second request. Else undefined, and the query asks.
 */
function alreadyAsked(client: QueryClient, wanted: string[]): Record<string, string> | undefined {
  const asked = new Set<string>();
  const known: Record<string, string> = {};
  for (const [key, names] of client.getQueriesData<Record<string, string>>({ queryKey: [...userKeys.all, "by-ids"] })) {
    if (!names) continue;
    for (const id of key[2] as string[]) asked.add(id);
    Object.assign(known, names);
  }
  if (!wanted.every((id) => asked.has(id))) return undefined;
  return Object.fromEntries(wanted.filter((id) => known[id]).map((id) => [id, known[id]!]));
}
