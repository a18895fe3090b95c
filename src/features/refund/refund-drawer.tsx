import { useLocation, useSearch } from "wouter";
import { useIsMutating, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { orderKeys, useOrder } from "@/api/orders";
import { refundMutationKey } from "@/api/payments";
import { Dialog } from "@/components/ui/dialog";
import { clearDraft } from "./refund-draft";
import { RefundForm } from "./refund-form";

const SLIDE_MS = 200; // the drawer's entrance animation (index.css), with a frame to spare

/** The refund side panel at /orders/:id/refund?payment=…, over the order page. */
export function RefundDrawer({ orderId }: { orderId: string }) {
  const [, navigate] = useLocation();
  const search = useSearch();
  const paymentId = new URLSearchParams(search).get("payment") ?? undefined;
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
  const close = () => {
    clearDraft(orderId); // closing on purpose forgets the draft; a 401 detour keeps it
    navigate(`/orders/${orderId}`);
  };
  const sending = useIsMutating({ mutationKey: refundMutationKey(orderId) }) > 0;

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      title="Refund"
      side="drawer"
      locked={sending}
      description="Send money back to the customer through the payment provider."
    >
      {error && (
        <p role="alert" className="text-danger">
          {error.message}
        </p>
      )}
      {!order && !error && <p role="status">Loading…</p>}
      {order && <RefundForm order={order} initialPaymentId={paymentId} onDone={close} />}
    </Dialog>
  );
}
