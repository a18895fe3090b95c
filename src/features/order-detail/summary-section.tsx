import type { Order } from "@/api/mappers";
import { Section } from "@/components/ui/section";
import { cn } from "@/lib/cn";
import { formatMoney } from "@/lib/money";
import { OutstandingBox } from "./outstanding-box";

export function SummarySection({ order }: { order: Order }) {
  const money = (minor: number) => formatMoney(minor, order.currency);
  const { totals, summary } = order;
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
      <OutstandingBox order={order} />
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
