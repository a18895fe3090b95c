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
  const send = useMoneySubmit();
  const [error, setError] = useState<string | null>(null);
  const mark = useMarkAsPaid(orderId);
  const money = formatMoney(amount, currency);

  async function confirm() {
    setError(null);
    const failed = await send(async (idempotencyKey) => {
      await mark.mutateAsync({ collectionId, idempotencyKey });
      toast(`Marked ${money} as paid.`);
      onClose();
    });
    if (failed) setError(failed);
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Mark as paid"
      locked={mark.isPending}
      description={`Record ${money} as received outside the store, for example by bank transfer or in cash. No payment provider charges the customer.`}
    >
      <FormError message={error} className="mb-4" />
      <div className="flex justify-end gap-2">
        <Button onClick={onClose} disabled={mark.isPending}>
          Cancel
        </Button>
        <Button variant="primary" busy={mark.isPending} onClick={confirm}>
          Confirm
        </Button>
      </div>
    </Dialog>
  );
}
