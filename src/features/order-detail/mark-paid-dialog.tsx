import { useState } from "react";
import { balanceAfter } from "@/api/balance";
import type { Order } from "@/api/mappers";
import { useMarkPaidMove, type MoveOutcome } from "@/api/money-moves";
import { lateWords, moveProblem } from "@/components/ui/move-words";
import { useShownOrder } from "@/api/orders";
import { allPayments, paymentFigures } from "@/api/payment-figures";
import { Dialog } from "@/components/ui/dialog";
import { MoveActions } from "@/components/ui/move-actions";
import { toast } from "@/components/ui/toast";
import { t } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";
import { sumMinor } from "@/lib/money";
import { MoveBalance } from "./move-balance";
import { useOverpayConfirm } from "./use-overpay-confirm";

type Props = { orderId: string; collectionId: string; amount: number; currency: string; onClose: () => void };

export function MarkPaidDialog({ orderId, collectionId, amount, currency, onClose }: Props) {
  const { data: order } = useShownOrder(orderId);
  const mark = useMarkPaidMove(orderId);
  const [error, setError] = useState<string | null>(null);
  const money = formatMoney(amount, currency);
  const balance = order && balanceAfter(order, { kind: "mark-paid", amount });
  const overpay = useOverpayConfirm(balance?.excess ?? 0);
  const heads = order && balance && uncapturedNote(order, balance.after, currency);
  // An earlier attempt here had no clear outcome: no new one until the order is read again.
  const unclear = mark.isUnclear(collectionId);

  async function confirm() {
    setError(null);
    if (!overpay.allows(balance?.excess ?? 0, t("capture.markPaidTick"))) return;
    finish(await mark.send({ collectionId, amount }));
  }

  function finish(outcome: MoveOutcome) {
    if (outcome.kind !== "done") {
      const message = problem(outcome, currency);
      if (message) setError(message);
      return;
    }
    const done = t("capture.markedPaid", { amount: money });
    toast(outcome.late ? `${done} ${lateWords()}` : done);
    onClose();
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t("capture.markPaidTitle")}
      locked={mark.busy}
      description={t("capture.markPaidDescription", { amount: money })}
    >
      <div className="space-y-4">
        {heads && <p className="text-sm">{heads}</p>}
        <MoveBalance balance={balance} currency={currency} overpay={overpay} />
        <MoveActions
          busy={mark.busy}
          checking={mark.checking}
          unclear={unclear}
          error={error}
          submit={t("capture.confirm")}
          onSubmit={confirm}
          onCancel={onClose}
          onRecheck={async () => finish(await mark.recheck(collectionId))}
        />
      </div>
    </Dialog>
  );
}

/**
 * An authorized payment still waiting for capture is money the customer may pay as well: say so
 * when capturing all of it after this would collect more than the order total.
 */
function uncapturedNote(order: Order, after: number, currency: string): string | undefined {
  const uncaptured = sumMinor(allPayments(order).map((p) => paymentFigures(p).capturable));
  const due = Math.max(0, after);
  if (uncaptured <= due) return undefined;
  const money = formatMoney(uncaptured, currency);
  return due > 0
    ? t("capture.uncapturedOver", { uncaptured: money, due: formatMoney(due, currency) })
    : t("capture.uncapturedAny", { uncaptured: money });
}

/** What the dialog says when nothing was marked, or it may not have been; nothing for a dropped double click. */
const problem = (outcome: Exclude<MoveOutcome, { kind: "done" }>, currency: string) =>
  moveProblem(outcome, currency, "marked as paid");
