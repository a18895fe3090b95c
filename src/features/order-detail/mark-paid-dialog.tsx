import { useState } from "react";
import { useMarkAsPaid } from "@/api/payments";
import { useMoneySubmit } from "@/api/use-money-submit";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { formatMoney } from "@/lib/money";
import { FormError } from "@/components/ui/form-error";

type Props = { orderId: string; collectionId: string; amount: number; currency: string; onClose: () => void };

export function MarkPaidDialog({ orderId, collectionId, amount, currency, onClose }: Props) {
  const { submit: send, busy } = useMoneySubmit(orderId);
  const [error, setError] = useState<string | null>(null);
  const mark = useMarkAsPaid(orderId);
  const money = formatMoney(amount, currency);

  async function confirm() {
    setError(null);
    const result = await send({
      amount,
      verb: "mark as paid",
      limit: (o) => (o.collections.find((c) => c.id === collectionId)?.status === "not_paid" ? amount : 0),
      moved: (o) => o.summary.paidTotal,
      send: (idempotencyKey) => mark.mutateAsync({ collectionId, idempotencyKey }),
    });
    if (!result) return;
    if (!result.ok) return setError(result.message);
    toast(result.late ? `The connection dropped, but ${money} was marked as paid.` : `Marked ${money} as paid.`);
    onClose();
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Mark as paid"
      locked={busy}
      description={`Record ${money} as received outside the store, for example by bank transfer or in cash. No payment provider charges the customer.`}
    >
      <FormError message={error} className="mb-4" />
      <div className="flex justify-end gap-2">
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button variant="primary" busy={busy} onClick={confirm}>
          Confirm
        </Button>
      </div>
    </Dialog>
  );
}
