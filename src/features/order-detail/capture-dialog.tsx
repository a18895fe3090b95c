import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import * as z from "zod/mini";
import type { Payment } from "@/api/mappers";
import { figuresOf, paymentFigures } from "@/api/payment-figures";
import { useCapturePayment } from "@/api/payments";
import { useMoneySubmit } from "@/api/use-money-submit";
import { AmountInput } from "@/components/ui/amount-input";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { amountLabel, readAmount } from "@/lib/amount-schema";
import { formatMoney, toInputText } from "@/lib/money";
import { FormError } from "@/components/ui/form-error";

type Props = { orderId: string; payment: Payment; onClose: () => void };

export function CaptureDialog({ orderId, payment, onClose }: Props) {
  const { capturable } = paymentFigures(payment);
  const currency = payment.currency;
  const { submit: send, busy } = useMoneySubmit(orderId);
  const capture = useCapturePayment(orderId);
  const schema = z.object({ amount: z.string() }).check(
    z.superRefine((v, ctx) => {
      const read = readAmount(v.amount, currency, capturable, "capture");
      if (!read.ok) ctx.addIssue({ code: "custom", message: read.error, path: ["amount"] });
    }),
  );
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { amount: toInputText(capturable, currency) } });
  const text = useWatch({ control: form.control, name: "amount" });
  const label = amountLabel("Capture", text, currency);
  const error = form.formState.errors.amount?.message;
  const rootError = form.formState.errors.root?.message;

  const submit = form.handleSubmit(async ({ amount: typed }) => {
    const read = readAmount(typed, currency, capturable, "capture");
    if (!read.ok) return;
    const money = formatMoney(read.amount, currency);
    const result = await send({
      amount: read.amount,
      verb: "capture",
      limit: (o) => figuresOf(o, payment.id).capturable,
      moved: (o) => figuresOf(o, payment.id).captured,
      send: (idempotencyKey) =>
        capture.mutateAsync({ paymentId: payment.id, amount: read.amount, currency, idempotencyKey }),
    });
    if (!result) return;
    if (!result.ok) return form.setError("root", { message: result.message });
    toast(result.late ? `The connection dropped, but the capture of ${money} went through.` : `Captured ${money}.`);
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
            {label === "Capture" ? "Enter the amount to capture." : `${label} from ${payment.id}.`}
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
