import { Suspense, startTransition, useEffect, useState } from "react";
import type { Order } from "@/api/mappers";
import { orderBalance, requestedTotal } from "@/api/order-balance";
import { allPayments, figuresInOrder, refundablePayments } from "@/api/payment-figures";
import { statusLabels } from "@/api/status";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { t } from "@/i18n/i18n";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { CaptureDialog } from "./lazy-parts";
import { PaymentRow } from "./payment-row";

// A large order (a marketplace, a subscription) paints its first payments at once; the rest
// render in the background in slices that never hold up the page, then stay rendered.
const FIRST = 20;

export function PaymentsSection({ order }: { order: Order }) {
  // Keep the id, not the payment: the dialog must see the figures of every refetch.
  const [capturingId, setCapturingId] = useState<string | null>(null);
  const payments = allPayments(order);
  const [showAll, setShowAll] = useState(payments.length <= FIRST);
  useEffect(() => {
    if (!showAll) startTransition(() => setShowAll(true));
  }, [showAll]);
  const shown = showAll ? payments : payments.slice(0, FIRST);
  const capturing = payments.find((p) => p.id === capturingId);
  const balance = orderBalance(order);
  const requests = balance.requests;
  const money = (minor: number) => formatMoney(minor, order.currency);
  // A shortcut acts only where there is no choice to make: `c` on the one payment to capture;
  // `r` (OutstandingBox) opens the refund panel on the one refundable payment.
  const [toCapture] = oneOnly(payments.filter((p) => figuresInOrder(order, p).capturable > 0));
  const [toRefund] = oneOnly(refundablePayments(order));
  useShortcuts({ c: toCapture && (() => setCapturingId(toCapture.id)) });

  return (
    <Section title={t("order.paymentsTitle")}>
      {payments.length === 0 && requests.length === 0 && <p className="text-sm text-muted">{t("order.noPayments")}</p>}
      <ul className="divide-y divide-line">
        {shown.map((p) => (
          <PaymentRow
            key={p.id}
            order={order}
            payment={p}
            onCapture={() => setCapturingId(p.id)}
            keys={(p === toCapture ? "c" : "") + (p === toRefund ? "r" : "")}
          />
        ))}
        {requests.map((r) => (
          <li
            key={r.collectionId}
            aria-label={t("order.requestLabel", { id: r.collectionId })}
            className="flex flex-wrap items-center justify-between gap-2 py-4 text-sm"
          >
            <div>
              <p className="font-medium">{t("order.paymentRequested")}</p>
              <p className="text-muted">{t("order.requestedWaiting", { date: formatDate(r.since) })}</p>
            </div>
            <div className="flex items-center gap-3">
              <Badge tone="warning">{statusLabels[r.status].label}</Badge>
              <bdi className="font-medium tabular-nums">{money(r.amount)}</bdi>
            </div>
          </li>
        ))}
      </ul>
      {!showAll && (
        <p role="status" className="py-2 text-sm text-muted">
          {t("order.showingPayments", { shown: FIRST, total: payments.length })}
        </p>
      )}
      {/* Three separate sums, none counted twice; the Summary says how they meet the outstanding amount. */}
      <dl className="mt-2 flex flex-wrap justify-end gap-x-8 gap-y-1 border-t border-line pt-3 text-sm">
        <Total label={t("order.netPaid")} value={money(order.summary.transactionTotal)} />
        <Total label={t("order.authorizedNotCaptured")} value={money(balance.capturable + balance.held)} />
        <Total label={t("order.requestedFromCustomer")} value={money(requestedTotal(balance))} />
      </dl>
      {capturing && (
        <Suspense fallback={null}>
          <CaptureDialog orderId={order.id} payment={capturing} onClose={() => setCapturingId(null)} />
        </Suspense>
      )}
    </Section>
  );
}

const oneOnly = <T,>(list: T[]) => (list.length === 1 ? list : []);

function Total({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex gap-2">
      <dt className="text-muted">{label}</dt>
      <dd className="font-semibold tabular-nums">
        <bdi>{value}</bdi>
      </dd>
    </div>
  );
}
