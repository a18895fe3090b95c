import { useId } from "react";
import { t } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";

/** How an outstanding amount reads: which way it goes, in words as well as colour. */
export function outstandingWords(minor: number, currency: string): string {
  if (minor > 0) return t("money.toCollect", { amount: formatMoney(minor, currency) });
  if (minor < 0) return t("money.owedToCustomer", { amount: formatMoney(-minor, currency) });
  return t("money.nothingOutstanding");
}

type Props = { before: number; after: number; currency: string };

/** The order's outstanding amount now and once the move is done, as the merchant types. */
export function BalancePreview({ before, after, currency }: Props) {
  return (
    <dl
      className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md bg-gray-50 px-3 py-2 text-sm"
      aria-live="polite"
    >
      <dt className="text-muted">{t("money.outstandingNow")}</dt>
      <dd className="text-end tabular-nums">{outstandingWords(before, currency)}</dd>
      <dt className="text-muted">{t("money.afterThis")}</dt>
      <dd className="text-end font-medium tabular-nums">{outstandingWords(after, currency)}</dd>
    </dl>
  );
}

type ConfirmProps = {
  /** What the move does beyond the balance, in a sentence that names the difference. */
  warning: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
};

/** A second, explicit yes for a move that overpays: a checkbox the merchant must tick. */
export function OverpayConfirm({ warning, checked, onChange, error }: ConfirmProps) {
  const id = useId();
  return (
    <div
      role="group"
      aria-label={t("money.overpayment")}
      className="space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm"
    >
      <p id={`${id}-warning`} className="font-medium">
        {warning}
      </p>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={error ? `${id}-warning ${id}-error` : `${id}-warning`}
          aria-invalid={error ? true : undefined}
        />
        {t("money.overpayYes")}
      </label>
      {error && (
        <p id={`${id}-error`} role="alert" className="font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
