import { Link } from "wouter";
import type { Order } from "@/api/mappers";
import { orderPaymentState } from "@/api/order-payment-state";
import { orderStatusLabels, statusLabels, statusMeanings } from "@/api/status";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { t } from "@/i18n/i18n";
import { listAddress } from "@/lib/list-address";

/**
 * The order's number, its own status where it is not simply open, and its payment status as the
 * payments below show it, each with a sentence on what it means and what can be done about it.
 */
export function OrderHeader({ order }: { order: Order }) {
  const { status, server } = orderPaymentState(order);
  const payment = statusLabels[status];
  const lifecycle = orderStatusLabels[order.status];
  return (
    <div>
      <title>{t("order.documentTitle", { number: order.displayId })}</title>
      <Link href={listAddress()} className="text-sm text-muted hover:text-ink">
        {t("order.backToOrders")}
      </Link>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
          {t("order.heading", { number: order.displayId })}
        </h1>
        {lifecycle && <Badge tone={lifecycle.tone}>{lifecycle.label}</Badge>}
        <Badge tone={payment.tone}>{payment.label}</Badge>
      </div>
      <p className="mt-1 text-sm text-muted">
        {formatDateTime(order.createdAt)} · {order.customerName ? `${order.customerName} · ` : ""}
        {order.email}
      </p>
      <div role="note" aria-label={t("order.statusNoteLabel")} className="mt-3 max-w-3xl space-y-1 text-sm">
        {lifecycle && (
          <p>
            <span className="font-semibold">{t("order.statusNoteLead", { label: lifecycle.label })}</span>{" "}
            {lifecycle.meaning}
          </p>
        )}
        <p>
          <span className="font-semibold">{t("order.statusNoteLead", { label: payment.label })}</span>{" "}
          {statusMeanings[status]}
        </p>
        {status !== server && (
          <p className="text-muted">{t("order.serverStatusDiffers", { status: statusLabels[server].label })}</p>
        )}
      </div>
    </div>
  );
}
