import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { Order } from "@/api/mappers";
import { useRefundMove, type MoveOutcome } from "@/api/money-moves";
import { refundMutationKey } from "@/api/payments";
import { useRefundReasons } from "@/api/refund-reasons";
import { AmountInput } from "@/components/ui/amount-input";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { MoveActions } from "@/components/ui/move-actions";
import { toast } from "@/components/ui/toast";
import { t } from "@/i18n/i18n";
import { typedAmount } from "@/lib/amount-schema";
import { paymentTitle } from "@/lib/format";
import { formatMoney, toInputText } from "@/lib/money";
import { noteLength } from "./note-length";
import { RefundBalance } from "./refund-balance";
import { saveDraft } from "./refund-draft";
import { refundedWords, refundProblem } from "./refund-outcome";
import { initialValues, refundPrefill } from "./refund-prefill";
import { NOTE_MAX, refundSchema } from "./refund-schema";

type Props = {
  order: Order;
  /** The panel's address (path and query): the way in, which its draft belongs to. */
  address: string;
  initialPaymentId?: string;
  onDone: () => void;
};

export function RefundForm({ order, address, initialPaymentId, onDone }: Props) {
  const currency = order.currency;
  const client = useQueryClient();
  const { payments, limits, owed, amountFor, excessOf } = refundPrefill(order);
  const [initial] = useState(() => initialValues(order, address, initialPaymentId));
  const refund = useRefundMove(order.id);
  const busy = refund.busy;
  const reasons = useRefundReasons();
  const form = useForm({ resolver: zodResolver(refundSchema(limits, currency, excessOf)), defaultValues: initial });
  const { errors } = form.formState;
  const confirmBox = useRef<HTMLDivElement>(null);
  const [paymentId, amountText, note, confirmed] = useWatch({
    control: form.control,
    name: ["paymentId", "amount", "note", "overpayConfirmed"],
  });
  const max = limits.get(paymentId) ?? 0;
  // An earlier refund of this payment had no clear outcome: no new one until the order is read again.
  const unclear = refund.isUnclear(paymentId);
  useEffect(() => {
    saveDraft(address, form.getValues()); // from now on the tab's draft is this panel's
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => saveDraft(address, values) });
  }, [form, address]);

  if (payments.length === 0) {
    return <p className="text-sm">{t("refund.noPayments")}</p>;
  }

  /** A new amount needs its own yes: a tick given for one amount is not given for another. */
  const setAmount = (text: string, options: { shouldDirty?: boolean; shouldValidate?: boolean } = {}) => {
    form.setValue("amount", text, options);
    form.setValue("overpayConfirmed", false);
  };
  // The refund requests made so far: a new one after a submit means it went out (a refusal may
  // also come from the check of the order before it, when nothing was sent).
  const refundRequests = () => client.getMutationCache().findAll({ mutationKey: refundMutationKey(order.id) });

  // `amount` is what the schema read from the field: minor units, within the payment's refundable amount.
  const submit = form.handleSubmit(
    async ({ paymentId, amount, reasonId, note }) => {
      const earlier = new Set(refundRequests());
      const outcome = await refund.send({
        paymentId,
        amount,
        currency,
        reasonId: reasonId || undefined,
        note: note.trim() || undefined,
      });
      finish(
        outcome,
        refundRequests().some((m) => !earlier.has(m)),
      );
    },
    (invalid) => {
      // Only the overpay tick is missing: take the merchant to it (the field errors take focus themselves).
      if (Object.keys(invalid).every((name) => name === "overpayConfirmed")) {
        confirmBox.current?.querySelector("input")?.focus();
      }
    },
  );
  const typed = typedAmount(amountText, currency);

  function finish(outcome: MoveOutcome, sent: boolean) {
    if (outcome.kind !== "done") {
      const message = refundProblem(outcome, currency, sent);
      if (message) form.setError("root", { message });
      return;
    }
    toast(refundedWords(outcome.amount, currency, outcome.late));
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate>
      {/* Locked while money is in flight: nothing typed changes what was sent. */}
      <fieldset disabled={busy} className="space-y-5">
        {owed > 0 && (
          <p className="rounded-md bg-blue-50 px-3 py-2 text-sm">
            {t("refund.customerOwed", { amount: formatMoney(owed, currency) })}
          </p>
        )}
        <Field label={t("refund.paymentLabel")} error={errors.paymentId?.message}>
          {(ids) => (
            <select
              {...ids}
              className={inputClass}
              {...form.register("paymentId", {
                onChange: (e: { target: { value: string } }) => {
                  if (!form.getFieldState("amount").isDirty) setAmount(amountFor(e.target.value));
                },
              })}
            >
              {!limits.has(paymentId) && (
                <option value={paymentId} disabled>
                  {t("refund.paymentNothingLeft", { ref: paymentId.slice(-6) })}
                </option>
              )}
              {payments.map((p) => (
                <option key={p.id} value={p.id}>
                  {t("refund.paymentOption", {
                    payment: paymentTitle(p),
                    amount: formatMoney(limits.get(p.id) ?? 0, currency),
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("refund.amountLabel")}
          description={t("refund.amountHint", { amount: formatMoney(max, currency) })}
          error={errors.amount?.message}
        >
          {(ids) => (
            <div className="flex gap-2">
              <div className="flex-1">
                <AmountInput
                  currency={currency}
                  {...ids}
                  {...form.register("amount", { onChange: () => form.setValue("overpayConfirmed", false) })}
                />
              </div>
              <Button
                onClick={() => setAmount(toInputText(max, currency), { shouldDirty: true, shouldValidate: true })}
                aria-label={t("refund.maxLabel", { amount: formatMoney(max, currency) })}
              >
                {t("refund.max")}
              </Button>
            </div>
          )}
        </Field>
        <RefundBalance
          order={order}
          amount={typed}
          confirmed={confirmed}
          onConfirm={(checked) =>
            form.setValue("overpayConfirmed", checked, { shouldValidate: form.formState.isSubmitted })
          }
          error={errors.overpayConfirmed?.message}
          confirmRef={confirmBox}
        />
        <Field label={t("refund.reasonLabel")} error={reasons.error?.message}>
          {(ids) => (
            <select {...ids} className={inputClass} {...form.register("reasonId")} disabled={reasons.isPending}>
              <option value="">{reasons.isPending ? t("refund.reasonsLoading") : t("refund.noReason")}</option>
              {reasons.data?.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("refund.noteLabel")}
          description={t("refund.noteHint", { count: noteLength(note), max: NOTE_MAX })}
          error={errors.note?.message}
        >
          {(ids) => <textarea {...ids} rows={3} className={inputClass} {...form.register("note")} />}
        </Field>
        <p className="text-sm font-medium text-warning">{t("refund.cannotUndo")}</p>
        <MoveActions
          busy={busy}
          checking={refund.checking}
          unclear={unclear}
          error={errors.root?.message}
          submit={typed ? t("refund.submitAmount", { amount: formatMoney(typed, currency) }) : t("refund.submit")}
          onCancel={onDone}
          onRecheck={async () => finish(await refund.recheck(paymentId), true)}
          className="border-t border-line pt-4"
        />
      </fieldset>
    </form>
  );
}
