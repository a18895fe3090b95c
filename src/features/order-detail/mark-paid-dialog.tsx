import { useRef, useState } from "react";
import { useMarkAsPaid } from "@/api/payments";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { formatMoney } from "@/lib/money";
import { newIdempotencyKey } from "@/lib/idempotency";
import { isRefusal } from "@/lib/api-client";

type Props = { orderId: string; collectionId: string; amount: number; currency: string; onClose: () => void };

export function MarkPaidDialog({ orderId, collectionId, amount, currency, onClose }: Props) {
  const [key, setKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<string | null>(null);
  const sending = useRef(false);
  const mark = useMarkAsPaid(orderId);
  const money = formatMoney(amount, currency);

  async function confirm() {
    if (sending.current) return;
    sending.current = true;
    setError(null);
    try {
      await mark.mutateAsync({ collectionId, idempotencyKey: key });
      toast(`Marked ${money} as paid.`);
      onClose();
    } catch (e) {
      if (isRefusal(e)) setKey(newIdempotencyKey()); // a corrected retry is a new request
      setError((e as Error).message);
    } finally {
      sending.current = false;
    }
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Mark as paid"
      locked={mark.isPending}
      description={`Record ${money} as received outside the store, for example by bank transfer or in cash. No payment provider charges the customer.`}
    >
      {error && (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
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
