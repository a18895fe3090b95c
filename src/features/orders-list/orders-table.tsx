import { Link } from "wouter";
import type { OrderListItem } from "@/api/mappers";
import { statusLabels } from "@/api/status";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";

const th = "px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-muted";
const td = "px-4 py-3 align-middle";

/** `busy`: a newer page or filter is loading; the rows shown are the previous ones. */
export function OrdersTable({ orders, busy }: { orders: OrderListItem[]; busy: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table aria-busy={busy || undefined} className="w-full border-collapse text-sm">
        <caption className="sr-only">Orders, newest first</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className={th}>
              Order
            </th>
            <th scope="col" className={th}>
              Date
            </th>
            <th scope="col" className={th}>
              Customer
            </th>
            <th scope="col" className={cn(th, "text-right")}>
              Total
            </th>
            <th scope="col" className={th}>
              Payment
            </th>
          </tr>
        </thead>
        <tbody className={cn("divide-y divide-line transition-opacity", busy && "opacity-60")}>
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
    <tr className="hover:bg-canvas">
      <th scope="row" className={cn(td, "text-left font-medium")}>
        <Link href={`/orders/${order.id}`} className="rounded-sm text-accent underline-offset-2 hover:underline">
          #{order.displayId}
        </Link>
      </th>
      <td className={cn(td, "whitespace-nowrap text-muted")}>
        <time dateTime={order.createdAt}>{formatDate(order.createdAt)}</time>
      </td>
      <td className={cn(td, "max-w-64 truncate")}>{order.email || <span className="text-muted">No email</span>}</td>
      <td className={cn(td, "whitespace-nowrap text-right tabular-nums")}>
        {formatMoney(order.total, order.currency)}
      </td>
      <td className={td}>
        <Badge tone={status.tone}>{status.label}</Badge>
      </td>
    </tr>
  );
}
