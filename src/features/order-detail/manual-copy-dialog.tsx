import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { t } from "@/i18n/i18n";

/** Where the browser refused the clipboard: the link, selected, for Ctrl+C. */
export function ManualCopyDialog({ link, onClose }: { link: string; onClose: () => void }) {
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t("order.copyPaymentLink")}
      description={t("order.manualCopyDescription")}
    >
      <label className="sr-only" htmlFor="payment-link">
        {t("order.paymentLink")}
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
        <Button onClick={onClose}>{t("order.done")}</Button>
      </div>
    </Dialog>
  );
}
