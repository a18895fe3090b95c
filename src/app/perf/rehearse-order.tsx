import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ComponentType } from "react";
import type { Order } from "@/api/mappers";
import { orderKeys } from "@/api/orders";
import { allPayments, paymentFigures } from "@/api/payment-figures";
import { CaptureDialog } from "@/features/order-detail/lazy-parts";
import { rehearse } from "./rehearse";

/** Once their code is in, renders the order page's capture dialog and refund panel once, unseen (see rehearse). */
export async function rehearseOrderPage(
  client: QueryClient,
  orderId: string,
  RefundDrawer: ComponentType<{ orderId: string }> & { preload: () => Promise<unknown> },
) {
  await Promise.all([CaptureDialog.preload(), RefundDrawer.preload()]);
  const order = client.getQueryData<Order>(orderKeys.detail(orderId));
  if (!order) return;
  rehearse(
    "refund panel",
    <QueryClientProvider client={client}>
      <RefundDrawer orderId={orderId} />
    </QueryClientProvider>,
  );
  const payment = allPayments(order).find((p) => paymentFigures(p).capturable > 0);
  if (!payment) return;
  rehearse(
    "capture dialog",
    <QueryClientProvider client={client}>
      <CaptureDialog orderId={orderId} payment={payment} onClose={() => {}} />
    </QueryClientProvider>,
  );
}
