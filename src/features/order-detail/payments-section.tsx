import { Suspense, startTransition, useEffect, useState } from "react";
import type { Order } from "@/api/mappers";
import { allPayments, totalPending } from "@/api/payment-figures";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
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
  const requests = order.collections.filter(
    (c) => c.status === "not_paid" || (c.payments.length === 0 && c.status !== "canceled"),
  );
  const money = (minor: number) => formatMoney(minor, order.currency);

  return (
    <Section title="Payments">
      {payments.length === 0 && requests.length === 0 && (
        <p className="text-sm text-muted">This order has no payments yet.</p>
      )}
      <ul className="divide-y divide-line">
        {shown.map((p) => (
          <PaymentRow key={p.id} orderId={order.id} payment={p} onCapture={() => setCapturingId(p.id)} />
        ))}
        {requests.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-4 text-sm">
            <div>
              <p className="font-medium">Payment requested</p>
              <p className="text-muted">{formatDate(c.createdAt)} · waiting for the customer</p>
            </div>
            <div className="flex items-center gap-3">
              <Badge tone="warning">{c.status === "awaiting" ? "Awaiting" : "Not paid"}</Badge>
              <span className="font-medium tabular-nums">{money(c.amount)}</span>
            </div>
          </li>
        ))}
      </ul>
      {!showAll && (
        <p role="status" className="py-2 text-sm text-muted">
          Showing {FIRST} of {payments.length} payments…
        </p>
      )}
      <dl className="mt-2 flex flex-wrap justify-end gap-x-8 gap-y-1 border-t border-line pt-3 text-sm">
        <div className="flex gap-2">
          <dt className="text-muted">Total paid by customer</dt>
          <dd className="font-semibold tabular-nums">{money(order.summary.transactionTotal)}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-muted">Total pending</dt>
          <dd className="font-semibold tabular-nums">{money(totalPending(order))}</dd>
        </div>
      </dl>
      {capturing && (
        <Suspense fallback={null}>
          <CaptureDialog orderId={order.id} payment={capturing} onClose={() => setCapturingId(null)} />
        </Suspense>
      )}
    </Section>
  );
}
