// The order page's dialogs load on demand (forms, validation and Radix Dialog stay out of the
// first load) and are fetched ahead on intent or when the browser is idle.
import { lazyWithPreload } from "@/components/ui/lazy";

export const CaptureDialog = lazyWithPreload(() =>
  import("./capture-dialog").then((m) => ({ default: m.CaptureDialog })),
);
export const MarkPaidDialog = lazyWithPreload(() =>
  import("./mark-paid-dialog").then((m) => ({ default: m.MarkPaidDialog })),
);
export const RecordPaymentDialog = lazyWithPreload(() =>
  import("./record-payment-dialog").then((m) => ({ default: m.RecordPaymentDialog })),
);
export const PaymentDetailsDialog = lazyWithPreload(() =>
  import("./payment-details-dialog").then((m) => ({ default: m.PaymentDetailsDialog })),
);
export const ManualCopyDialog = lazyWithPreload(() =>
  import("./manual-copy-dialog").then((m) => ({ default: m.ManualCopyDialog })),
);

/** Fetches the dialogs a click on the order page opens most, ahead of the click. */
export function preloadOrderDialogs() {
  void MarkPaidDialog.preload();
  void CaptureDialog.preload();
}
