import { useLocation, useSearch } from "wouter";
import { useIsMutating, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { orderKeys, useOrder } from "@/api/orders";
import { moneyMoveKey } from "@/api/use-money-submit";
import { appPath } from "@/lib/base-path";
import { staleWords } from "@/api/stale-words";
import { Dialog } from "@/components/ui/dialog";
import { t } from "@/i18n/i18n";
import { clearDraft, settleDraft } from "./refund-draft";
import { RefundForm } from "./refund-form";

const SLIDE_MS = 200; // the drawer's entrance animation (index.css), with a frame to spare

/** The refund side panel at /orders/:id/refund?payment=…, over the order page. */
export function RefundDrawer({ orderId }: { orderId: string }) {
  const [path, navigate] = useLocation();
  const search = useSearch();
  // The way in (the Summary's Refund, or one payment's): its draft is this address's alone.
  const address = search ? `${path}?${search}` : path;
  const paymentId = new URLSearchParams(address.split("?")[1] ?? "").get("payment") ?? undefined;
  const client = useQueryClient();
  const { data: order, error } = useOrder(orderId);
  // Shown at once from the page's data, then re-read: a refund starts from what the server says
  // now (another tab, a webhook), not from when the page loaded. Once the panel has slid in,
  // so neither the click's answer nor the slide waits for the request.
  useEffect(() => {
    const timer = setTimeout(
      () => void client.refetchQueries({ queryKey: orderKeys.detail(orderId), exact: true }),
      SLIDE_MS,
    );
    return () => clearTimeout(timer);
  }, [client, orderId]);
  // However the panel goes away, its draft is settled by where the app went: kept for a sign-in
  // that comes back here (a 401), dropped for anything else, Back included. Read from the
  // browser's address (inside the app: without its base path), which the app routes on and the
  // 401 redirect (app.tsx) is built from;
  // by the time React unmounts the panel, the navigation that removed it has happened.
  useEffect(() => () => settleDraft(address, appPath() + window.location.search), [address]);
  const close = () => {
    clearDraft(); // closing on purpose (Cancel, Escape, a refund sent) forgets the draft
    navigate(`/orders/${orderId}`);
  };
  // Locked while a refund is sent or, after an unclear answer, checked.
  const sending = useIsMutating({ mutationKey: moneyMoveKey(orderId) }) > 0;

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      title={t("refund.panelTitle")}
      side="drawer"
      locked={sending}
      description={t("refund.panelDescription")}
    >
      {error && !order && (
        <p role="alert" className="text-danger">
          {error.message}
        </p>
      )}
      {/* A failed re-read keeps the form (and what it says about a refund sent); the figures may be old. */}
      {error && order && <p className="mb-4 text-sm font-medium text-warning">{staleWords()}</p>}
      {!order && !error && <p role="status">{t("refund.loading")}</p>}
      {order && (
        // A new way in starts a new form, from that entry's own figures.
        <RefundForm key={address} order={order} address={address} initialPaymentId={paymentId} onDone={close} />
      )}
    </Dialog>
  );
}
