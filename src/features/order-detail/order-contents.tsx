// What the money is for: the order's items and who bought them, beside its payments.
import type { Order, OrderItem } from "@/api/mappers";
import { Section } from "@/components/ui/section";
import { isolate } from "@/i18n/bidi";
import { t } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";

export function ItemsSection({ order }: { order: Order }) {
  const money = (minor: number) => formatMoney(minor, order.currency);
  return (
    <Section title={t("order.itemsTitle")}>
      {order.items.length === 0 ? (
        <p className="text-sm text-muted">{t("order.noItems")}</p>
      ) : (
        <ul className="divide-y divide-line text-sm">
          {order.items.map((item) => (
            <li key={item.id} className="flex justify-between gap-3 py-2 first:pt-0 last:pb-0">
              <div className="min-w-0">
                <p className="font-medium break-words">{item.title}</p>
                <p className="text-muted">
                  {shownVariant(item.variant) && `${item.variant} · `}
                  <span className="tabular-nums">
                    {t("order.quantityTimesPrice", { quantity: item.quantity, price: isolate(money(item.unitPrice)) })}
                  </span>
                </p>
                {returnWords(item) && <p className="text-xs text-muted">{returnWords(item)}</p>}
              </div>
              <bdi className="font-medium tabular-nums">{money(item.lineTotal)}</bdi>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

// A product with one variant calls it "Default" (or "Default variant"): nothing worth a line.
const shownVariant = (variant: string | null) => (variant && !/^default( variant)?$/i.test(variant) ? variant : null);

/** "1 returned · 1 return requested", or nothing when no return touched the item. */
export function returnWords(item: Pick<OrderItem, "returned" | "returnRequested">): string {
  const parts = [];
  if (item.returned > 0) parts.push(t("order.itemsReturned", { count: item.returned }));
  if (item.returnRequested > 0) parts.push(t("order.itemsReturnRequested", { count: item.returnRequested }));
  return parts.join(" · ");
}

export function CustomerSection({ order }: { order: Order }) {
  return (
    <Section title={t("order.customerTitle")}>
      <dl className="space-y-1 text-sm">
        <div className="flex justify-between gap-4">
          <dt className="text-muted">{t("order.customerName")}</dt>
          <dd className="text-end break-words">{order.customerName || t("order.notGiven")}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt className="text-muted">{t("order.customerEmail")}</dt>
          <dd className="min-w-0 text-end break-all">{order.email || t("order.notGiven")}</dd>
        </div>
      </dl>
    </Section>
  );
}
