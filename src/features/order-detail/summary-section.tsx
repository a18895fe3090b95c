import type { Order } from "@/api/mappers";
import { Section } from "@/components/ui/section";
import { t } from "@/i18n/i18n";
import { cn } from "@/lib/cn";
import { formatMoney, formatSignedMoney } from "@/lib/money";
import { OutstandingBox } from "./outstanding-box";

export function SummarySection({ order }: { order: Order }) {
  const money = (minor: number) => formatMoney(minor, order.currency);
  const { totals, summary } = order;
  const rows: [string, string][] = [
    [t("order.summaryItems"), money(totals.items)],
    [t("order.summaryShipping"), money(totals.shipping)],
    [t("order.summaryTax"), money(totals.tax)],
  ];
  // Deductions carry a true minus sign, as refunds do elsewhere on the page.
  if (totals.discount) rows.push([t("order.summaryDiscounts"), formatSignedMoney(-totals.discount, order.currency)]);
  if (totals.creditLines)
    rows.push([t("order.summaryCreditLines"), formatSignedMoney(-totals.creditLines, order.currency)]);

  return (
    <Section title={t("order.summaryTitle")}>
      <dl className="space-y-2 text-sm">
        {rows.map(([label, value]) => (
          <Row key={label} label={label} value={value} />
        ))}
        <Row label={t("order.summaryOrderTotal")} value={money(summary.currentTotal)} strong />
        <div className="my-2 border-t border-line" />
        <Row label={t("order.summaryPaid")} value={money(summary.paidTotal)} />
        <Row label={t("order.summaryRefunded")} value={money(summary.refundedTotal)} />
        <Row label={t("order.netPaid")} value={money(summary.transactionTotal)} />
      </dl>
      <OutstandingBox order={order} />
    </Section>
  );
}

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={cn("flex justify-between gap-4", strong && "font-semibold")}>
      <dt className={strong ? undefined : "text-muted"}>{label}</dt>
      <dd className="tabular-nums">
        <bdi>{value}</bdi>
      </dd>
    </div>
  );
}
