import { useState } from "react";
import { useMarkPaidMove, type MoveOutcome } from "@/api/money-moves";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { toast } from "@/components/ui/toast";
import { formatMoney } from "@/lib/money";

type Props = { orderId: string; collectionId: string; amount: number; currency: string; onClose: () => void };

export function MarkPaidDialog({ orderId, collectionId, amount, currency, onClose }: Props) {
  const mark = useMarkPaidMove(orderId);
  const [error, setError] = useState<string | null>(null);
  const money = formatMoney(amount, currency);

  async function confirm() {
    setError(null);
    const outcome = await mark.send({ collectionId, amount });
    if (outcome.kind !== "done") {
      const message = problem(outcome, currency);
      if (message) setError(message);
      return;
    }
    toast(outcome.late ? `The connection dropped, but ${money} was marked as paid.` : `Marked ${money} as paid.`);
    onClose();
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Mark as paid"
      locked={mark.busy}
      description={`Record ${money} as received outside the store, for example by bank transfer or in cash. No payment provider charges the customer.`}
    >
      <FormError message={error} className="mb-4" />
      <div className="flex justify-end gap-2">
        <Button onClick={onClose} disabled={mark.busy}>
          Cancel
        </Button>
        <Button variant="primary" busy={mark.busy} onClick={confirm}>
          Confirm
        </Button>
      </div>
    </Dialog>
  );
}

/** What the dialog says when nothing was marked, or it may not have been; nothing for a dropped double click. */
function problem(outcome: Exclude<MoveOutcome, { kind: "done" }>, currency: string): string | undefined {
  switch (outcome.kind) {
    case "refused":
      return outcome.message;
    case "changed":
      return `This order changed since the form opened: now at most ${formatMoney(outcome.limit, currency)} can be marked as paid. Check the amount.`;
    case "not-moved":
      return "The connection dropped before the server answered. The order shows nothing was marked as paid, so it is safe to try again.";
    case "unknown":
      return "The connection dropped and the order could not be checked. Reload the order to see whether the money moved before trying again.";
    case "duplicate":
      return undefined;
  }
}
