// The early order request (decision 004): the page's first script asks for the order on screen
// while the browser is still downloading the app; the app's first identical read takes that
// answer (lib/http). Without it, Lighthouse's LCP was 1.32x the floor's on desktop (budget 1.2x).
import { ORDER_FIELDS, orderIdOf, orderPath } from "@/api/order-request";
import { sendEarly } from "@/lib/http";

/** Sends the request for the order an address shows, if any; returns that order's id. */
export function requestOrderEarly(pathname: string): string | undefined {
  const orderId = orderIdOf(pathname);
  if (orderId) sendEarly(orderPath(orderId), { fields: ORDER_FIELDS });
  return orderId;
}
