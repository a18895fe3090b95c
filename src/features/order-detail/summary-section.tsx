import { Suspense, useState } from "react";
import { Link } from "wouter";
import type { Order } from "@/api/mappers";
import { unpaidCollection } from "@/api/payment-figures";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { cn } from "@/lib/cn";
import { formatMoney } from "@/lib/money";
import { CopyLinkButton } from "./copy-link-button";
import { MarkPaidDialog } from "./lazy-parts";

export function SummarySection({ order }: { order: Order }) {
  const [marking, setMarking] = useState(false);
  const money = (minor: number) => formatMoney(minor, order.currency);
  const { totals, summary } = order;
  const outstanding = summary.pendingDifference;
  const unpaid = unpaidCollection(order);
  const rows: [string, string][] = [
    ["Items", money(totals.items)],
    ["Shipping", money(totals.shipping)],
    ["Tax", money(totals.tax)],
  ];
  // Deductions carry a true minus sign, as refunds do elsewhere on the page.
  if (totals.discount) rows.push(["Discounts", `−${money(totals.discount)}`]);
  if (totals.creditLines) rows.push(["Credit lines", `−${money(totals.creditLines)}`]);

  return (
    <Section title="Summary">
      <dl className="space-y-2 text-sm">
        {rows.map(([label, value]) => (
          <Row key={label} label={label} value={value} />
        ))}
        <Row label="Order total" value={money(summary.currentTotal)} strong />
        <div className="my-2 border-t border-line" />
        <Row label="Paid" value={money(summary.paidTotal)} />
        <Row label="Refunded" value={money(summary.refundedTotal)} />
        <Row label="Net paid" value={money(summary.transactionTotal)} />
      </dl>
      <div
        className={cn(
          "mt-4 rounded-md px-4 py-3",
          outstanding > 0 ? "bg-amber-50" : outstanding < 0 ? "bg-blue-50" : "bg-gray-50",
        )}
      >
        <dl className="flex items-baseline justify-between gap-4">
          <dt className="text-sm font-semibold">Outstanding amount</dt>
          <dd className="text-right text-base font-semibold tabular-nums">
            {outstanding === 0 ? money(0) : money(Math.abs(outstanding))}
          </dd>
        </dl>
        <p className="mt-1 text-sm text-muted">
          {outstanding > 0
            ? `To collect from the customer.`
            : outstanding < 0
              ? `To refund to the customer.`
              : "Nothing is outstanding."}
        </p>
        {outstanding > 0 && unpaid && (
          <div className="mt-3 flex flex-wrap gap-2">
            <Button
              size="sm"
              variant="primary"
              onClick={() => setMarking(true)}
              onPointerEnter={() => void MarkPaidDialog.preload()}
              onFocus={() => void MarkPaidDialog.preload()}
            >
              Mark as paid
            </Button>
            <CopyLinkButton collectionId={unpaid.id} orderId={order.id} />
          </div>
        )}
        {outstanding < 0 && (
          <Link
            href={`/orders/${order.id}/refund`}
            className="mt-3 inline-flex h-8 items-center rounded-md bg-accent px-3 text-sm font-medium text-accent-ink shadow-sm hover:bg-blue-800"
          >
            Refund
          </Link>
        )}
      </div>
      {marking && unpaid && (
        <Suspense fallback={null}>
          <MarkPaidDialog
            orderId={order.id}
            collectionId={unpaid.id}
            amount={unpaid.amount}
            currency={order.currency}
            onClose={() => setMarking(false)}
          />
        </Suspense>
      )}
    </Section>
  );
}

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={cn("flex justify-between gap-4", strong && "font-semibold")}>
      <dt className={strong ? undefined : "text-muted"}>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}
