// The order page's one request, in a module with no imports: the page's first script sends it
// before the app has downloaded (main.tsx), and getOrder sends the same one afterwards.

// Everything the order page shows, in one request. Captures come only when asked for by name.
export const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "version",
  "created_at",
  "email",
  "currency_code",
  "total",
  "item_total",
  "shipping_total",
  "tax_total",
  "discount_total",
  "credit_line_total",
  "payment_status",
  "metadata", // how payments recorded here were received (manual-payment-notes.ts)
  "+summary",
  "customer.first_name",
  "customer.last_name",
  "canceled_at",
  // What the money is for. Medusa 2.21 sends an item's quantity and computed subtotal only when
  // the order's own totals are asked for too ("total" above), so keep them together.
  "items.id",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.detail.return_requested_quantity",
  "items.detail.return_received_quantity",
  "*payment_collections",
  "*payment_collections.payments",
  "*payment_collections.payments.captures",
  "*payment_collections.payments.refunds",
  "*payment_collections.payments.refunds.refund_reason",
].join(",");

export const orderPath = (id: string) => `/admin/orders/${encodeURIComponent(id)}`;

/** The order an address shows (/orders/:id and below), or undefined. */
export function orderIdOf(pathname: string): string | undefined {
  const id = /^\/orders\/([^/]+)/.exec(pathname)?.[1];
  if (!id) return undefined;
  try {
    return decodeURIComponent(id);
  } catch {
    return undefined; // a malformed address: the router shows its not-found page
  }
}
