import { Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { t } from "@/i18n/i18n";
import { copyText } from "@/lib/clipboard";
import { getConfig } from "@/lib/config";
import { ManualCopyDialog } from "./lazy-parts";
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
    if (await copyText(link.url)) toast(t("order.linkCopied"));
    else setManual(link.url);
  }

  return (
    <>
      <Button size="sm" onClick={copy}>
        {t("order.copyPaymentLink")}
      </Button>
      {manual && (
        <Suspense fallback={null}>
          <ManualCopyDialog link={manual} onClose={() => setManual(null)} />
        </Suspense>
      )}
    </>
  );
}
