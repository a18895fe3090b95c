import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import * as z from "zod/mini";
import { balanceAfter } from "@/api/balance";
import { METHOD_LABELS, PAYMENT_METHODS } from "@/api/manual-payment-notes";
import { useShownOrder } from "@/api/orders";
import { useRecordPayment, type RecordOutcome } from "@/api/record-payment";
import { AmountInput } from "@/components/ui/amount-input";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { MoveActions } from "@/components/ui/move-actions";
import { toast } from "@/components/ui/toast";
import { t } from "@/i18n/i18n";
import { amountSchema, typedAmount } from "@/lib/amount-schema";
import { formatMoney } from "@/lib/money";
import { toInputText } from "@/lib/money";
import { MoveBalance } from "./move-balance";
import { recordedWords, recordProblem } from "./record-payment-words";
import { useOverpayConfirm } from "./use-overpay-confirm";

type Props = {
  orderId: string;
  /** The open request the payment settles part of: its id and what is still to come on it. */
  request: { collectionId: string; amount: number };
  /** The most a payment here can be: what of the outstanding amount the request stands for. */
  max: number;
  currency: string;
  onClose: () => void;
};

export function RecordPaymentDialog({ orderId, request, max, currency, onClose }: Props) {
  const { data: order } = useShownOrder(orderId);
  const record = useRecordPayment(orderId);
  const schema = z.object({
    amount: amountSchema({
      currency,
      max,
      tooMuch: t("capture.recordTooMuch", { amount: formatMoney(max, currency) }),
      nothingLeft: t("capture.recordNothingLeft"),
    }),
    method: z.enum(PAYMENT_METHODS),
    reference: z.string().check(z.maxLength(200, t("capture.referenceTooLong"))),
  });
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { amount: toInputText(max, currency), method: "cash" as const, reference: "" },
  });
  const typed = typedAmount(useWatch({ control: form.control, name: "amount" }), currency);
  // Shown for an amount it can be: beyond the cap the field's own message says enough.
  const balance =
    order && (typed ?? 0) <= max ? balanceAfter(order, { kind: "mark-paid", amount: typed ?? 0 }) : undefined;
  const overpay = useOverpayConfirm(0); // the amount is capped at what is owed: never beyond it
  // An earlier attempt here had no clear outcome: no new one until the order is read again.
  const unclear = record.unclear;
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async ({ amount, method, reference }) => {
    finish(await record.send({ request, max, amount, currency, method, reference }));
  });

  function finish(outcome: RecordOutcome) {
    if (outcome.kind !== "recorded") {
      const message = recordProblem(outcome, currency);
      if (message) form.setError("root", { message });
      return;
    }
    const words = recordedWords(outcome, typed ?? 0, currency);
    if (outcome.note || outcome.request) {
      // Money moved but something after it did not: the dialog stays, saying exactly what happened.
      form.setError("root", { message: words });
      return;
    }
    toast(words);
    onClose();
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t("capture.recordPayment")}
      locked={record.busy}
      description={t("capture.recordDescription", { amount: formatMoney(max, currency) })}
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={record.busy} className="space-y-4">
          <Field label={t("capture.amountReceived")} error={errors.amount?.message}>
            {(ids) => <AmountInput currency={currency} {...ids} {...form.register("amount")} />}
          </Field>
          <Field label={t("capture.paymentMethod")} error={errors.method?.message}>
            {(ids) => (
              <select className={inputClass} {...ids} {...form.register("method")}>
                {PAYMENT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {METHOD_LABELS[m]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t("capture.reference")}
            description={t("capture.referenceHint")}
            error={errors.reference?.message}
          >
            {(ids) => (
              <input type="text" autoComplete="off" className={inputClass} {...ids} {...form.register("reference")} />
            )}
          </Field>
          <MoveBalance balance={balance} currency={currency} overpay={overpay} />
          <MoveActions
            busy={record.busy}
            checking={record.checking}
            unclear={unclear}
            error={errors.root?.message}
            submit={
              typed ? t("capture.recordAmount", { amount: formatMoney(typed, currency) }) : t("capture.recordPayment")
            }
            onCancel={onClose}
            onRecheck={async () => finish(await record.recheck())}
          />
        </fieldset>
      </form>
    </Dialog>
  );
}
