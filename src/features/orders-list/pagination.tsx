import { Button } from "@/components/ui/button";
import { t } from "@/i18n/i18n";
import { PAGE_SIZE, rangeText } from "./list-params";

type Props = {
  page: number;
  /** Rows on the page on screen. */
  shown: number;
  count: number;
  /** The requested page is loading; the rows on screen are still the previous ones. */
  busy: boolean;
  onPage: (page: number) => void;
};

export function Pagination({ page, shown, count, busy, onPage }: Props) {
  return (
    <nav
      aria-label={t("orders.pagination")}
      className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-4 py-3"
    >
      <p className="flex items-center gap-2 text-sm text-muted tabular-nums">
        {busy && (
          <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent" />
        )}
        {/* A live region, so a screen reader hears where a page change landed. */}
        <span role="status">{busy ? t("orders.loadingPage", { page }) : rangeText(page, shown, count)}</span>
      </p>
      <div className="flex gap-2">
        <Button size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t("orders.previous")}
        </Button>
        <Button size="sm" disabled={page * PAGE_SIZE >= count} onClick={() => onPage(page + 1)}>
          {t("orders.next")}
        </Button>
      </div>
    </nav>
  );
}
