// The list's state lives in the query string (?q=...&status=...&page=2) so a
// filtered page can be shared, reloaded and reached again with the back button.
import { useEffect } from "react";
import { useSearchParams } from "wouter";
import { filterableStatuses } from "@/api/status";
import type { OrderPaymentStatus } from "@/api/mappers";
import { t } from "@/i18n/i18n";
import { rememberListAddress } from "@/lib/list-address";

export const PAGE_SIZE = 20;

export type ListParams = { q: string; status: OrderPaymentStatus | undefined; page: number };

/** Reads the list state from a query string, ignoring values a hand-edited URL may hold. */
export function readListParams(search: URLSearchParams): ListParams {
  const status = search.get("status") ?? "";
  const page = Number(search.get("page"));
  return {
    q: (search.get("q") ?? "").trim(),
    status: (filterableStatuses as string[]).includes(status) ? (status as OrderPaymentStatus) : undefined,
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** "1–20 of 44"; an en dash, as the range is read aloud as "1 to 20". */
export function rangeText(page: number, shown: number, count: number): string {
  if (shown === 0) return t("orders.rangeEmpty", { shown, count });
  const first = (page - 1) * PAGE_SIZE + 1;
  return t("orders.range", { first, last: first + shown - 1, count });
}

type Patch = { q?: string; status?: OrderPaymentStatus | ""; page?: number };

export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const query = search.toString();
  useEffect(() => rememberListAddress(query), [query]);

  function update(patch: Patch, options?: { replace?: boolean }) {
    setSearch((prev) => {
      const next = new URLSearchParams(prev);
      const put = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
      if (patch.q !== undefined) put("q", patch.q.trim());
      if (patch.status !== undefined) put("status", patch.status);
      // A new search or filter starts again at the first page.
      const page = patch.page ?? (patch.q !== undefined || patch.status !== undefined ? 1 : undefined);
      if (page !== undefined) put("page", page > 1 ? String(page) : undefined);
      return next;
    }, options);
  }

  const clear = () => setSearch(new URLSearchParams());

  return { params, update, clear };
}
