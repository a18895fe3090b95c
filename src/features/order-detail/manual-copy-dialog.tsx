import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";

/** Where the browser refused the clipboard: the link, selected, for Ctrl+C. */
export function ManualCopyDialog({ link, onClose }: { link: string; onClose: () => void }) {
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Copy payment link"
      description="This browser did not allow copying. Press Ctrl+C (⌘C on a Mac) to copy the selected link."
    >
      <label className="sr-only" htmlFor="payment-link">
        Payment link
      </label>
      <input
        id="payment-link"
        readOnly
        value={link}
        className={inputClass}
        onFocus={(e) => e.currentTarget.select()}
        autoFocus
      />
      <div className="mt-4 flex justify-end">
        <Button onClick={onClose}>Done</Button>
      </div>
    </Dialog>
  );
}
