// What the list shows instead of rows: first load, nothing found, and failure.
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { t } from "@/i18n/i18n";

export function ListLoading() {
  return (
    <div role="status" className="px-4 py-4">
      <span className="sr-only">{t("orders.loading")}</span>
      <div aria-hidden className="space-y-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-6 animate-pulse rounded bg-canvas" />
        ))}
      </div>
    </div>
  );
}

type EmptyProps = { filtered: boolean; pastEnd: boolean; onClear: () => void; onFirstPage: () => void };

export function ListEmpty({ filtered, pastEnd, onClear, onFirstPage }: EmptyProps) {
  if (pastEnd) {
    return (
      <div className="px-4 py-12 text-center">
        <p className="font-medium">{t("orders.pastEnd")}</p>
        <Button className="mt-4" onClick={onFirstPage}>
          {t("orders.goToFirstPage")}
        </Button>
      </div>
    );
  }
  return (
    <div className="px-4 py-12 text-center">
      <p className="font-medium">{filtered ? t("orders.noMatch") : t("orders.noneYet")}</p>
      {filtered && (
        <>
          <p className="mt-1 text-sm text-muted">{t("orders.tryAnotherSearch")}</p>
          <Button className="mt-4" onClick={onClear}>
            {t("orders.clearFilters")}
          </Button>
        </>
      )}
    </div>
  );
}

export function ListError({ message, retrying, onRetry }: { message: string; retrying: boolean; onRetry: () => void }) {
  const id = useId();
  return (
    <div
      role="alert"
      aria-labelledby={id}
      className="m-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-danger"
    >
      <p id={id} className="font-semibold">
        {t("orders.loadFailed")}
      </p>
      <p className="mt-1">{message}</p>
      <Button size="sm" className="mt-3" busy={retrying} onClick={onRetry}>
        {t("common.tryAgain")}
      </Button>
    </div>
  );
}
