import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import * as z from "zod/mini";
import { balanceAfter } from "@/api/balance";
import type { Payment } from "@/api/mappers";
import { useCaptureMove, type MoveOutcome } from "@/api/money-moves";
import { lateWords } from "@/components/ui/move-words";
import { useShownOrder } from "@/api/orders";
import { figuresInOrder, paymentFigures } from "@/api/payment-figures";
import { AmountInput } from "@/components/ui/amount-input";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { MoveActions } from "@/components/ui/move-actions";
import { Field } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { t } from "@/i18n/i18n";
import { amountSchema, typedAmount } from "@/lib/amount-schema";
import { formatMoney } from "@/lib/money";
import { toInputText } from "@/lib/money";
import { captureDescription, captureProblem, nothingLeftWords, startingAmount } from "./capture-words";
import { MoveBalance } from "./move-balance";
import { useOverpayConfirm } from "./use-overpay-confirm";

type Props = { orderId: string; payment: Payment; onClose: () => void };

export function CaptureDialog({ orderId, payment, onClose }: Props) {
  const { data: order } = useShownOrder(orderId);
  // The same limit the money guard applies: nothing is capturable on a canceled order.
  const { capturable } = order ? figuresInOrder(order, payment) : paymentFigures(payment);
  const currency = payment.currency;
  const capture = useCaptureMove(orderId);
  const busy = capture.busy;
  // An earlier capture here had no clear outcome: no new one until the order is read again.
  const unclear = capture.isUnclear(payment.id);
  // Decided once, when the dialog opens: what was typed is the merchant's from then on.
  const [start] = useState(() => startingAmount(capturable, order?.summary.pendingDifference));
  const [finishing, setFinishing] = useState(false);
  const schema = z.object({
    amount: amountSchema({
      currency,
      max: capturable,
      tooMuch: t("capture.tooMuch", { amount: formatMoney(capturable, currency) }),
      nothingLeft: t("capture.nothingLeft"),
    }),
  });
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { amount: start.kind === "nothing-owed" ? "" : toInputText(start.amount, currency) },
  });
  const typed = typedAmount(useWatch({ control: form.control, name: "amount" }), currency);
  const balance = order && balanceAfter(order, { kind: "capture", amount: typed ?? 0 });
  const overpay = useOverpayConfirm(balance?.excess ?? 0);
  const error = form.formState.errors.amount?.message;
  const rootError = form.formState.errors.root?.message;

  // `amount` is what the schema read from the field: minor units, within what is capturable.
  const submit = form.handleSubmit(async ({ amount }) => {
    const excess = order ? balanceAfter(order, { kind: "capture", amount }).excess : 0;
    if (!overpay.allows(excess, t("capture.tickToCapture"))) return;
    finish(await capture.send({ paymentId: payment.id, amount, currency }));
  });

  function finish(outcome: MoveOutcome) {
    if (outcome.kind !== "done") {
      const message = captureProblem(outcome, currency);
      if (message) form.setError("root", { message });
      return;
    }
    // The refetch has already shown the payment captured; keep this view until the dialog goes.
    setFinishing(true);
    const done = t("capture.captured", { amount: formatMoney(outcome.amount, currency) });
    toast(outcome.late ? `${done} ${lateWords()}` : done);
    onClose();
  }

  // Another tab (or person) captured the rest while this dialog was open: there is nothing to confirm.
  if (capturable <= 0 && !busy && !finishing) {
    return (
      <Dialog
        open
        onOpenChange={(open) => !open && onClose()}
        title={t("capture.title")}
        description={nothingLeftWords(payment)}
      >
        <div className="flex justify-end">
          <Button onClick={onClose}>{t("capture.close")}</Button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t("capture.title")}
      locked={busy}
      description={captureDescription(capturable, start, currency)}
    >
      <form onSubmit={submit} noValidate>
        {/* Locked while money is in flight: nothing typed changes what was sent. */}
        <fieldset disabled={busy} className="space-y-4">
          <Field label={t("capture.amountLabel")} description={t("capture.amountHint")} error={error}>
            {(ids) => (
              <AmountInput currency={currency} {...ids} {...form.register("amount", { onChange: overpay.reset })} />
            )}
          </Field>
          <p className="text-sm">
            {typed
              ? t("capture.summary", { amount: formatMoney(typed, currency), paymentId: payment.id })
              : t("capture.enterAmount")}
          </p>
          <MoveBalance balance={balance} currency={currency} overpay={overpay} />
          <MoveActions
            busy={busy}
            checking={capture.checking}
            unclear={unclear}
            error={rootError}
            submit={t("capture.confirm")}
            onCancel={onClose}
            onRecheck={async () => finish(await capture.recheck(payment.id))}
          />
        </fieldset>
      </form>
    </Dialog>
  );
}
