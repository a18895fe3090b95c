/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role --
   the table's own roles, spelled out on purpose (below); the second rule takes a <td> for a grid cell. */
import { Link } from "wouter";
import type { OrderListItem } from "@/api/mappers";
import { statusLabels } from "@/api/status";
import { Badge } from "@/components/ui/badge";
import { isolate } from "@/i18n/bidi";
import { t } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";

// On a phone (below `sm`) each row lays out as a two-line card: number, date and total on the
// first line, customer and status on the second. CSS display changes make some browsers (Safari)
// drop a table's meaning, so every part states its role: still a table to a screen reader.
const th = "px-4 py-2.5 text-start text-xs font-semibold uppercase tracking-wide text-muted";
const td = "px-4 py-3 align-middle max-sm:block max-sm:p-0";

/** `busy`: a newer page or filter is loading; the rows shown are the previous ones. */
export function OrdersTable({ orders, busy }: { orders: OrderListItem[]; busy: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table role="table" aria-busy={busy || undefined} className="w-full border-collapse text-sm max-sm:block">
        <caption className="sr-only">{t("orders.tableCaption")}</caption>
        <thead role="rowgroup" className="border-b border-line bg-canvas max-sm:sr-only">
          <tr role="row">
            <th role="columnheader" scope="col" className={th}>
              {t("orders.columnOrder")}
            </th>
            <th role="columnheader" scope="col" className={th}>
              {t("orders.columnDate")}
            </th>
            <th role="columnheader" scope="col" className={th}>
              {t("orders.columnCustomer")}
            </th>
            <th role="columnheader" scope="col" className={cn(th, "text-end")}>
              {t("orders.columnTotal")}
            </th>
            <th role="columnheader" scope="col" className={cn(th, "text-end")}>
              {t("orders.columnOutstanding")}
            </th>
            <th role="columnheader" scope="col" className={th}>
              {t("orders.columnPayment")}
            </th>
          </tr>
        </thead>
        <tbody
          role="rowgroup"
          className={cn("divide-y divide-line transition-opacity max-sm:block", busy && "opacity-60")}
        >
          {orders.map((order) => (
            <OrderRow key={order.id} order={order} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OrderRow({ order }: { order: OrderListItem }) {
  const status = statusLabels[order.paymentStatus];
  return (
    <tr
      role="row"
      className="hover:bg-canvas max-sm:relative max-sm:grid max-sm:grid-cols-[auto_minmax(0,1fr)_auto] max-sm:items-baseline max-sm:gap-x-3 max-sm:gap-y-1 max-sm:px-4 max-sm:py-3"
    >
      <th
        role="rowheader"
        scope="row"
        className={cn(td, "text-start font-medium max-sm:col-start-1 max-sm:row-start-1")}
      >
        {/* On a phone the link covers the whole row: one tap target for the order. */}
        <Link
          href={`/orders/${order.id}`}
          className="rounded-sm text-accent underline-offset-2 hover:underline max-sm:after:absolute max-sm:after:inset-0"
        >
          #{order.displayId}
        </Link>
      </th>
      <td
        role="cell"
        className={cn(td, "whitespace-nowrap text-muted max-sm:col-start-2 max-sm:row-start-1 max-sm:text-xs")}
      >
        <time dateTime={order.createdAt}>{formatDate(order.createdAt)}</time>
      </td>
      {/* The name, and the email under it: cut short in the wide table (whole on hover), wrapped on a phone. */}
      <td
        role="cell"
        title={order.email || undefined}
        className={cn(
          td,
          "max-w-64 truncate max-sm:col-span-2 max-sm:col-start-1 max-sm:row-start-2 max-sm:max-w-none max-sm:whitespace-normal max-sm:wrap-anywhere",
        )}
      >
        {order.customer && <span className="block truncate max-sm:inline">{order.customer}</span>}{" "}
        {order.email ? (
          <span className={cn("truncate", order.customer && "block text-xs text-muted max-sm:hidden")}>
            {order.email}
          </span>
        ) : (
          !order.customer && <span className="text-muted">{t("orders.noEmail")}</span>
        )}
      </td>
      <td
        role="cell"
        className={cn(
          td,
          "whitespace-nowrap text-end font-medium tabular-nums sm:font-normal max-sm:col-start-3 max-sm:row-start-1",
        )}
      >
        <bdi>{formatMoney(order.total, order.currency)}</bdi>
      </td>
      {/* On a phone only when there is something to settle, on a line of its own. */}
      <td
        role="cell"
        className={cn(
          td,
          "whitespace-nowrap text-end tabular-nums max-sm:col-span-3 max-sm:row-start-3 max-sm:text-xs",
          (!order.outstanding || order.canceled) && "max-sm:hidden",
          order.outstanding && !order.canceled ? "text-amber-800" : "text-muted",
        )}
      >
        {outstanding(order)}
      </td>
      <td role="cell" className={cn(td, "max-sm:col-start-3 max-sm:row-start-2 max-sm:text-end")}>
        <Badge tone={status.tone}>{status.label}</Badge>
      </td>
    </tr>
  );
}

/**
 * Which way the order's money still has to go, in words as well as colour. A canceled order takes
 * no more money, whatever Medusa still counts as unpaid on it (the order page says what).
 */
function outstanding({ outstanding: minor, currency, canceled }: OrderListItem) {
  if (canceled) return t("orders.canceled");
  if (minor === null) return "";
  if (minor > 0) return t("orders.toCollect", { amount: isolate(formatMoney(minor, currency)) });
  if (minor < 0) return t("orders.owedBack", { amount: isolate(formatMoney(-minor, currency)) });
  return "—";
}
