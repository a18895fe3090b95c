import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import * as z from "zod/mini";
import type { Payment } from "@/api/mappers";
import { useCaptureMove, type MoveOutcome } from "@/api/money-moves";
import { paymentFigures } from "@/api/payment-figures";
import { AmountInput } from "@/components/ui/amount-input";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { toast } from "@/components/ui/toast";
import { amountSchema, typedAmount } from "@/lib/amount-schema";
import { formatMoney, toInputText } from "@/lib/money";

type Props = { orderId: string; payment: Payment; onClose: () => void };

export function CaptureDialog({ orderId, payment, onClose }: Props) {
  const { capturable } = paymentFigures(payment);
  const currency = payment.currency;
  const capture = useCaptureMove(orderId);
  const busy = capture.busy;
  const schema = z.object({
    amount: amountSchema({
      currency,
      max: capturable,
      tooMuch: `You can capture at most ${formatMoney(capturable, currency)}.`,
      nothingLeft: "There is nothing left to capture on this payment.",
    }),
  });
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { amount: toInputText(capturable, currency) } });
  const typed = typedAmount(useWatch({ control: form.control, name: "amount" }), currency);
  const error = form.formState.errors.amount?.message;
  const rootError = form.formState.errors.root?.message;

  // `amount` is what the schema read from the field: minor units, within what is capturable.
  const submit = form.handleSubmit(async ({ amount }) => {
    const outcome = await capture.send({ paymentId: payment.id, amount, currency });
    if (outcome.kind !== "done") {
      const message = problem(outcome, currency);
      if (message) form.setError("root", { message });
      return;
    }
    const money = formatMoney(amount, currency);
    toast(outcome.late ? `The connection dropped, but the capture of ${money} went through.` : `Captured ${money}.`);
    onClose();
  });

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Capture payment"
      locked={busy}
      description={
        <>
          {formatMoney(capturable, currency)} of this payment is authorized and not yet captured. Capturing charges the
          customer through the payment provider.
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        {/* Locked while money is in flight: nothing typed changes what was sent. */}
        <fieldset disabled={busy} className="space-y-4">
          <Field label="Amount to capture" description="Lower it for a partial capture." error={error}>
            {(ids) => <AmountInput currency={currency} {...ids} {...form.register("amount")} />}
          </Field>
          <p className="text-sm">
            {typed ? `Capture ${formatMoney(typed, currency)} from ${payment.id}.` : "Enter the amount to capture."}
          </p>
          <FormError message={rootError} />
          <div className="flex justify-end gap-2">
            <Button onClick={onClose} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" busy={busy}>
              Confirm
            </Button>
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}

/** What the dialog says when the capture did not happen, or may not have; nothing for a dropped double submit. */
function problem(outcome: Exclude<MoveOutcome, { kind: "done" }>, currency: string): string | undefined {
  switch (outcome.kind) {
    case "refused":
      return outcome.message;
    case "changed":
      return `This order changed since the form opened: now at most ${formatMoney(outcome.limit, currency)} can be captured. Check the amount.`;
    case "not-moved":
      return "The connection dropped before the server answered. The order shows nothing was captured, so it is safe to try again.";
    case "unknown":
      return "The connection dropped and the order could not be checked. Reload the order to see whether the money moved before trying again.";
    case "duplicate":
      return undefined;
  }
}
