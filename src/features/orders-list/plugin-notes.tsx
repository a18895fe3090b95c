// What the list says on a server without the plugin (medusa-order-payments): why there is no
// payment-status filter, and, for an address that asks for one, that it cannot be applied.
import { Button } from "@/components/ui/button";
import { t } from "@/i18n/i18n";

/** One line under the search, in place of the filter. */
export function NoStatusFilterLine() {
  return <p className="text-sm text-muted">{t("orders.noStatusFilter")}</p>;
}

/**
 * Shown instead of the rows when the address asks for a payment status: Medusa alone would
 * answer every order, and a list that looks filtered but is not would mislead.
 */
export function StatusFilterUnavailableNote({ label, onShowAll }: { label: string; onShowAll: () => void }) {
  return (
    <div role="status" className="px-4 py-12 text-center">
      <p className="font-medium">{t("orders.statusFilterUnavailable")}</p>
      <p className="mt-1 text-sm text-muted">{t("orders.statusFilterUnavailableDetail", { label })}</p>
      <Button className="mt-4" onClick={onShowAll}>
        {t("orders.showAll")}
      </Button>
    </div>
  );
}
