// The order page's dialogs load on demand (forms, validation and Radix Dialog stay out of the
// first load) and are fetched ahead on intent or when the browser is idle.
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createElement } from "react";
import type { Order } from "@/api/mappers";
import { orderKeys } from "@/api/orders";
import { allPayments, paymentFigures } from "@/api/payment-figures";
import { lazyWithPreload } from "@/components/ui/lazy";
import { preloadMenu } from "@/components/ui/menu";
import { rehearse } from "@/components/ui/rehearse";

export const CaptureDialog = lazyWithPreload(() =>
  import("./capture-dialog").then((m) => ({ default: m.CaptureDialog })),
);
export const MarkPaidDialog = lazyWithPreload(() =>
  import("./mark-paid-dialog").then((m) => ({ default: m.MarkPaidDialog })),
);
export const PaymentDetailsDialog = lazyWithPreload(() =>
  import("./payment-details-dialog").then((m) => ({ default: m.PaymentDetailsDialog })),
);
export const ManualCopyDialog = lazyWithPreload(() =>
  import("./manual-copy-dialog").then((m) => ({ default: m.ManualCopyDialog })),
);

/**
 * Fetches the order page's dialogs and the rows' menu ahead, and rehearses the capture dialog
 * (see rehearse): the first "Capture payment" click then runs warm code.
 */
export async function preloadOrderDialogs(client: QueryClient, orderId: string) {
  void MarkPaidDialog.preload();
  void preloadMenu();
  await CaptureDialog.preload();
  const order = client.getQueryData<Order>(orderKeys.detail(orderId));
  const payment = order && allPayments(order).find((p) => paymentFigures(p).capturable > 0);
  if (!payment) return;
  rehearse(
    "capture dialog",
    createElement(
      QueryClientProvider,
      { client },
      createElement(CaptureDialog, { orderId, payment, onClose: () => {} }),
    ),
  );
}
