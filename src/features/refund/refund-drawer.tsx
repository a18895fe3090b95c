import { useLocation, useSearch } from "wouter";
import { useIsMutating } from "@tanstack/react-query";
import { useOrder } from "@/api/orders";
import { refundMutationKey } from "@/api/payments";
import { Dialog } from "@/components/ui/dialog";
import { clearDraft } from "./refund-draft";
import { RefundForm } from "./refund-form";

/** The refund side panel at /orders/:id/refund?payment=…, over the order page. */
export function RefundDrawer({ orderId }: { orderId: string }) {
  const [, navigate] = useLocation();
  const search = useSearch();
  const paymentId = new URLSearchParams(search).get("payment") ?? undefined;
  const { data: order, error } = useOrder(orderId);
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
      {error && <p role="alert" className="text-danger">{error.message}</p>}
      {!order && !error && <p role="status">Loading…</p>}
      {order && <RefundForm order={order} initialPaymentId={paymentId} onDone={close} />}
    </Dialog>
  );
}
