// The refund panel's foot: how the last attempt stands, Cancel, and Refund, or, while an earlier
// refund of this payment has no clear outcome, the button that reads the order again.
import { CHECKING_WORDS, RECHECK_LABEL, UNKNOWN_WORDS } from "@/api/move-words";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { StatusLine } from "@/components/ui/status-line";

type Props = {
  busy: boolean;
  checking: boolean;
  unclear: boolean;
  error: string | undefined;
  submitLabel: string;
  onCancel: () => void;
  onRecheck: () => void;
};

export function RefundActions({ busy, checking, unclear, error, submitLabel, onCancel, onRecheck }: Props) {
  return (
    <>
      <p className="text-sm font-medium text-warning">Refunds cannot be undone.</p>
      <StatusLine message={checking ? CHECKING_WORDS : null} />
      <FormError message={unclear ? UNKNOWN_WORDS : error} />
      <div className="flex justify-end gap-2 border-t border-line pt-4">
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        {unclear ? (
          <Button variant="primary" busy={busy} onClick={onRecheck}>
            {RECHECK_LABEL}
          </Button>
        ) : (
          <Button type="submit" variant="primary" busy={busy}>
            {submitLabel}
          </Button>
        )}
      </div>
    </>
  );
}
