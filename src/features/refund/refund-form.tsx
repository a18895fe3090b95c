import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { Order } from "@/api/mappers";
import { figuresOf, paymentFigures, refundablePayments } from "@/api/payment-figures";
import { useRefundPayment } from "@/api/payments";
import { useMoneySubmit } from "@/api/use-money-submit";
import { useRefundReasons } from "@/api/refund-reasons";
import { AmountInput } from "@/components/ui/amount-input";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { amountLabel, readAmount } from "@/lib/amount-schema";
import { providerName } from "@/lib/format";
import { formatMoney, toInputText } from "@/lib/money";
import { clearDraft, loadDraft, saveDraft } from "./refund-draft";
import { NOTE_MAX, refundSchema, type RefundValues } from "./refund-schema";
import { FormError } from "@/components/ui/form-error";

type Props = { order: Order; initialPaymentId?: string; onDone: () => void };

export function RefundForm({ order, initialPaymentId, onDone }: Props) {
  const currency = order.currency;
  const payments = refundablePayments(order);
  const limits = useMemo(() => new Map(payments.map((p) => [p.id, paymentFigures(p).refundable])), [payments]);
  const owed = order.summary.pendingDifference < 0 ? -order.summary.pendingDifference : 0;
  // Pre-fill: the payment asked for, else one that covers what is owed back; the amount owed when smaller.
  const defaultAmount = (id: string) => {
    const max = limits.get(id) ?? 0;
    return toInputText(owed > 0 && owed < max ? owed : max, currency);
  };
  const [initial] = useState(() => {
    const draft = loadDraft(order.id);
    if (draft && limits.has(draft.paymentId)) return draft;
    const id =
      (initialPaymentId && limits.has(initialPaymentId) && initialPaymentId) ||
      payments.find((p) => (limits.get(p.id) ?? 0) >= owed)?.id ||
      payments[0]?.id ||
      "";
    return { paymentId: id, amount: id ? defaultAmount(id) : "", reasonId: "", note: "" };
  });
  const { submit: send, busy } = useMoneySubmit(order.id);
  const reasons = useRefundReasons();
  const refund = useRefundPayment(order.id);
  const form = useForm<RefundValues>({ resolver: zodResolver(refundSchema(limits, currency)), defaultValues: initial });
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

  const submit = form.handleSubmit(async (values) => {
    const read = readAmount(values.amount, currency, limits.get(values.paymentId) ?? 0, "refund");
    if (!read.ok) return;
    const money = formatMoney(read.amount, currency);
    const result = await send({
      amount: read.amount,
      verb: "refund",
      limit: (o) => figuresOf(o, values.paymentId).refundable,
      moved: (o) => figuresOf(o, values.paymentId).refunded,
      send: (idempotencyKey) =>
        refund.mutateAsync({
          paymentId: values.paymentId,
          amount: read.amount,
          currency,
          idempotencyKey,
          reasonId: values.reasonId || undefined,
          note: values.note.trim() || undefined,
        }),
    });
    if (!result) return;
    if (!result.ok) return form.setError("root", { message: result.message });
    clearDraft(order.id);
    toast(result.late ? `The connection dropped, but the refund of ${money} went through.` : `Refunded ${money}.`);
    onDone();
  });

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
                  if (!form.getFieldState("amount").isDirty) form.setValue("amount", defaultAmount(e.target.value));
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
            {amountLabel("Refund", amountText, currency)}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
