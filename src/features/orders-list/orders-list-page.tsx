import { useOrders } from "@/api/orders";
import { usePluginPresence } from "@/api/server-plugin";
import { statusLabels } from "@/api/status";
import { t } from "@/i18n/i18n";
import { ListEmpty, ListError, ListLoading } from "./list-states";
import { PAGE_SIZE, useListParams } from "./list-params";
import { OrdersTable } from "./orders-table";
import { Pagination } from "./pagination";
import { NoStatusFilterLine, StatusFilterUnavailableNote } from "./plugin-notes";
import { SearchBox } from "./search-box";
import { StatusFilter } from "./status-filter";

export function OrdersListPage() {
  const { params, update, clear } = useListParams();
  const { q, status, page } = params;
  const orders = useOrders({
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
    q: q || undefined,
    paymentStatus: status,
  });
  const filtered = Boolean(q || status);
  // Offered until the server is known to lack the plugin: most stores asking for it will have it.
  const plugin = usePluginPresence();
  const unfilterable = plugin === false && status !== undefined;

  return (
    <div className="space-y-5">
      <title>{t("orders.pageTitle")}</title>
      <h1 className="text-2xl font-semibold">{t("orders.heading")}</h1>

      <div role="search" aria-label={t("orders.findOrders")} className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <SearchBox
          value={q}
          // Typing a search adds one history entry; refining it replaces that entry.
          onSearch={(next, first) => update({ q: next }, { replace: !first && next !== "" })}
        />
        {plugin !== false && <StatusFilter value={status} onChange={(next) => update({ status: next })} />}
      </div>
      {plugin === false && <NoStatusFilterLine />}

      <div className="overflow-hidden rounded-lg border border-line bg-surface shadow-sm">
        {unfilterable ? (
          <StatusFilterUnavailableNote label={statusLabels[status].label} onShowAll={() => update({ status: "" })} />
        ) : orders.isPending ? (
          <ListLoading />
        ) : orders.isError ? (
          <ListError
            message={orders.error.message || t("common.somethingWentWrong")}
            retrying={orders.isFetching}
            onRetry={() => void orders.refetch()}
          />
        ) : orders.data.orders.length === 0 ? (
          <ListEmpty
            filtered={filtered}
            pastEnd={page > 1 && orders.data.count > 0}
            onClear={clear}
            onFirstPage={() => update({ page: 1 })}
          />
        ) : (
          <>
            <OrdersTable orders={orders.data.orders} busy={orders.isPlaceholderData} />
            <Pagination
              page={page}
              shown={orders.data.orders.length}
              count={orders.data.count}
              busy={orders.isPlaceholderData}
              onPage={(next) => update({ page: next })}
            />
          </>
        )}
      </div>
    </div>
  );
}
