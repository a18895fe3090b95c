import type { BalanceChange } from "@/api/balance";
import { BalancePreview, OverpayConfirm } from "@/components/ui/balance-preview";
import { overpayWarning, type OverpayConfirmState } from "./use-overpay-confirm";

type Props = { balance: BalanceChange | undefined; currency: string; overpay: OverpayConfirmState };

/** The balance before and after a capture or a payment marked paid, and the second yes it needs beyond the total. */
export function MoveBalance({ balance, currency, overpay }: Props) {
  if (!balance) return null; // the order is not at hand yet
  return (
    <>
      <BalancePreview before={balance.before} after={balance.after} currency={currency} />
      {balance.excess > 0 && (
        <OverpayConfirm
          warning={overpayWarning(balance.excess, currency)}
          checked={overpay.checked}
          onChange={overpay.onChange}
          error={overpay.error}
        />
      )}
    </>
  );
}
