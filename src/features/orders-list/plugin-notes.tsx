// What the list says on a server without the plugin (medusa-order-payments): why there is no
// payment-status filter, and, for an address that asks for one, that it cannot be applied.
import { Button } from "@/components/ui/button";

const README = "“The Medusa plugin” in this app's README";

/** One line under the search, in place of the filter. */
export function NoStatusFilterLine() {
  return (
    <p className="text-sm text-muted">
      Filtering by payment status needs the medusa-order-payments plugin on your Medusa server; {README} says how to add
      it.
    </p>
  );
}

/**
 * Shown instead of the rows when the address asks for a payment status: Medusa alone would
 * answer every order, and a list that looks filtered but is not would mislead.
 */
export function StatusFilterUnavailableNote({ label, onShowAll }: { label: string; onShowAll: () => void }) {
  return (
    <div role="status" className="px-4 py-12 text-center">
      <p className="font-medium">Orders cannot be filtered by payment status on this server.</p>
      <p className="mt-1 text-sm text-muted">
        This link asks for “{label}” orders. The filter needs the medusa-order-payments plugin; see {README}.
      </p>
      <Button className="mt-4" onClick={onShowAll}>
        Show all orders
      </Button>
    </div>
  );
}
