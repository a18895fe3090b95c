import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { copyText } from "@/lib/clipboard";
import { getConfig } from "@/lib/config";
import { paymentLink } from "./payment-link";

/** Copies the storefront payment link; where the browser refuses, shows it selected for a manual copy. */
export function CopyLinkButton({ collectionId, orderId }: { collectionId: string; orderId: string }) {
  const [manual, setManual] = useState<string | null>(null);

  async function copy() {
    const link = paymentLink(getConfig().storefrontUrl, collectionId, orderId);
    if (!link.ok) {
      toast(link.error, "error");
      return;
    }
    if (await copyText(link.url)) toast("Payment link copied. Send it to the customer to pay the outstanding amount.");
    else setManual(link.url);
  }

  return (
    <>
      <Button size="sm" onClick={copy}>
        Copy payment link
      </Button>
      {manual && (
        <Dialog
          open
          onOpenChange={(open) => !open && setManual(null)}
          title="Copy payment link"
          description="This browser did not allow copying. Press Ctrl+C (⌘C on a Mac) to copy the selected link."
        >
          <label className="sr-only" htmlFor="payment-link">
            Payment link
          </label>
          <input id="payment-link" readOnly value={manual} className={inputClass} onFocus={(e) => e.currentTarget.select()} autoFocus />
          <div className="mt-4 flex justify-end">
            <Button onClick={() => setManual(null)}>Done</Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
