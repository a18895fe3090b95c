import type { Ref } from "react";
import { balanceAfter } from "@/api/balance";
import type { Order } from "@/api/mappers";
import { BalancePreview, OverpayConfirm } from "@/components/ui/balance-preview";
import { t } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";

/** The sentence naming what a refund gives beyond what the customer is owed back. */
export function overpayWarning(before: number, amount: number, excess: number, currency: string): string {
  // In Medusa the part of a refund beyond what is owed becomes a credit line: the total drops.
  if (before < 0) {
    return t("refund.overpayBeyondOwed", { amount: formatMoney(excess, currency) });
  }
  return t("refund.overpayNothingOwed", { amount: formatMoney(amount, currency) });
}

type Props = {
  order: Order;
  /** The amount as typed, in minor units; undefined while it is not a valid amount. */
  amount: number | undefined;
  confirmed: boolean;
  onConfirm: (checked: boolean) => void;
  error?: string;
  /** The box holding the confirmation, so a blocked submit can take focus to its checkbox. */
  confirmRef?: Ref<HTMLDivElement>;
};

/** The outstanding amount now and after this refund, and a second yes for any part beyond what is owed. */
export function RefundBalance({ order, amount, confirmed, onConfirm, error, confirmRef }: Props) {
  const { before, after, excess } = balanceAfter(order, { kind: "refund", amount: amount ?? 0 });
  return (
    <div className="space-y-2">
      <BalancePreview before={before} after={after} currency={order.currency} />
      {amount !== undefined && excess > 0 && (
        <div ref={confirmRef}>
          <OverpayConfirm
            warning={overpayWarning(before, amount, excess, order.currency)}
            checked={confirmed}
            onChange={onConfirm}
            error={error}
          />
        </div>
      )}
    </div>
  );
}
