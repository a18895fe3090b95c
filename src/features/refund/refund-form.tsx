import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { Order } from "@/api/mappers";
import { useRefundMove, type MoveOutcome } from "@/api/money-moves";
import { useRefundReasons } from "@/api/refund-reasons";
import { AmountInput } from "@/components/ui/amount-input";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { toast } from "@/components/ui/toast";
import { typedAmount } from "@/lib/amount-schema";
import { providerName } from "@/lib/format";
import { formatMoney, toInputText } from "@/lib/money";
import { clearDraft, saveDraft } from "./refund-draft";
import { initialValues, refundPrefill } from "./refund-prefill";
import { NOTE_MAX, refundSchema } from "./refund-schema";

type Props = { order: Order; initialPaymentId?: string; onDone: () => void };

export function RefundForm({ order, initialPaymentId, onDone }: Props) {
  const currency = order.currency;
  const { payments, limits, owed, amountFor } = refundPrefill(order);
  const [initial] = useState(() => initialValues(order, initialPaymentId));
  const refund = useRefundMove(order.id);
  const busy = refund.busy;
  const reasons = useRefundReasons();
  const form = useForm({ resolver: zodResolver(refundSchema(limits, currency)), defaultValues: initial });
  const { errors } = form.formState;
  const [paymentId, amountText, note] = useWatch({ control: form.control, name: ["paymentId", "amount", "note"] });
  const max = limits.get(paymentId) ?? 0;
  useEffect(
    () => form.subscribe({ formState: { values: true }, callback: ({ values }) => saveDraft(order.id, values) }),
    [form, order.id],
  );

  if (payments.length === 0) {
    return <p className="text-sm">No payment on this order has captured money left to refund.</p>;
  }

  // `amount` is what the schema read from the field: minor units, within the payment's refundable amount.
  const submit = form.handleSubmit(async ({ paymentId, amount, reasonId, note }) => {
    const outcome = await refund.send({
      paymentId,
      amount,
      currency,
      reasonId: reasonId || undefined,
      note: note.trim() || undefined,
    });
    if (outcome.kind !== "done") {
      const message = problem(outcome, currency);
      if (message) form.setError("root", { message });
      return;
    }
    const money = formatMoney(amount, currency);
    clearDraft(order.id);
    toast(outcome.late ? `The connection dropped, but the refund of ${money} went through.` : `Refunded ${money}.`);
    onDone();
  });
  const typed = typedAmount(amountText, currency);

  return (
    <form onSubmit={submit} noValidate>
      {/* Locked while money is in flight: nothing typed changes what was sent. */}
      <fieldset disabled={busy} className="space-y-5">
        {owed > 0 && (
          <p className="rounded-md bg-blue-50 px-3 py-2 text-sm">The customer is owed {formatMoney(owed, currency)}.</p>
        )}
        <Field label="Payment" error={errors.paymentId?.message}>
          {(ids) => (
            <select
              {...ids}
              className={inputClass}
              {...form.register("paymentId", {
                onChange: (e: { target: { value: string } }) => {
                  if (!form.getFieldState("amount").isDirty) form.setValue("amount", amountFor(e.target.value));
                },
              })}
            >
              {!limits.has(paymentId) && (
                <option value={paymentId} disabled>
                  {paymentId.slice(-8)} · nothing left to refund
                </option>
              )}
              {payments.map((p) => (
                <option key={p.id} value={p.id}>
                  {providerName(p.provider)} · {p.id.slice(-8)} · {formatMoney(limits.get(p.id) ?? 0, currency)}{" "}
                  refundable
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Amount"
          description={`Up to ${formatMoney(max, currency)}: what was captured on this payment, less earlier refunds.`}
          error={errors.amount?.message}
        >
          {(ids) => (
            <div className="flex gap-2">
              <div className="flex-1">
                <AmountInput currency={currency} {...ids} {...form.register("amount")} />
              </div>
              <Button
                onClick={() =>
                  form.setValue("amount", toInputText(max, currency), { shouldDirty: true, shouldValidate: true })
                }
                aria-label={`Refund the maximum, ${formatMoney(max, currency)}`}
              >
                Max
              </Button>
            </div>
          )}
        </Field>
        <Field label="Reason" error={reasons.error?.message}>
          {(ids) => (
            <select {...ids} className={inputClass} {...form.register("reasonId")} disabled={reasons.isPending}>
              <option value="">{reasons.isPending ? "Loading reasons…" : "No reason"}</option>
              {reasons.data?.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Note"
          description={`Shown to the customer. ${note.length}/${NOTE_MAX} characters.`}
          error={errors.note?.message}
        >
          {(ids) => <textarea {...ids} rows={3} className={inputClass} {...form.register("note")} />}
        </Field>
        <p className="text-sm font-medium text-warning">Refunds cannot be undone.</p>
        <FormError message={errors.root?.message} />
        <div className="flex justify-end gap-2 border-t border-line pt-4">
          <Button onClick={onDone} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {typed ? `Refund ${formatMoney(typed, currency)}` : "Refund"}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

/** What the form says when the refund did not happen, or may not have; nothing for a dropped double submit. */
function problem(outcome: Exclude<MoveOutcome, { kind: "done" }>, currency: string): string | undefined {
  switch (outcome.kind) {
    case "refused":
      return outcome.message;
    case "changed":
      return `This order changed since the form opened: now at most ${formatMoney(outcome.limit, currency)} can be refunded. Check the amount.`;
    case "not-moved":
      return "The connection dropped before the server answered. The order shows nothing was refunded, so it is safe to try again.";
    case "unknown":
      return "The connection dropped and the order could not be checked. Reload the order to see whether the money moved before trying again.";
    case "duplicate":
      return undefined;
  }
}
