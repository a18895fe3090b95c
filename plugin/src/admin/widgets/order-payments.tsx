// On Medusa's order page (side column): the order's payment status and outstanding amount, and a
// link to the order in the Order payments app. The order is the one the page loaded (Medusa passes
// it in `data`); only the app's address is asked of the plugin, once per page load.
import { defineWidgetConfig } from "@medusajs/admin-sdk";
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types";
import { useQuery } from "@tanstack/react-query";
import { type AppLink, OrderPaymentsCard } from "../components/order-payments-card";
import { orderLink } from "../lib/app-link";
import { backendUrl, sdk } from "../lib/sdk";

type AppLinkResponse = { app_url: string | null };

const OrderPaymentsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, isError } = useQuery({
    queryKey: ["medusa-order-payments", "app-link"],
    queryFn: () => sdk.client.fetch<AppLinkResponse>("/admin/order-payments/app-link"),
    staleTime: Infinity,
  });
  return <OrderPaymentsCard order={order} link={appLink(order.id, data, isError)} />;
};

function appLink(orderId: string, data: AppLinkResponse | undefined, failed: boolean): AppLink {
  if (failed) return { state: "failed" };
  if (!data) return { state: "loading" };
  const href = orderLink(data.app_url, orderId, new URL(backendUrl, window.location.href).href);
  return href ? { state: "ready", href } : { state: "none" };
}

export const config = defineWidgetConfig({ zone: "order.details.side" });

export default OrderPaymentsWidget;
