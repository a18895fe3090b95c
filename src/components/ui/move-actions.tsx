// The foot of every dialog that moves money: how the last attempt stands, Cancel, and the submit,
// or, while an earlier move there has no clear outcome, the button that reads the order again.
import type { ReactNode } from "react";
import { t } from "@/i18n/i18n";
import { Button } from "./button";
import { FormError } from "./form-error";
import { checkingWords, recheckLabel, unknownWords } from "./move-words";
import { StatusLine } from "./status-line";

type Props = {
  busy: boolean;
  checking: boolean;
  unclear: boolean;
  error: string | null | undefined;
  /** The submit's label; it submits the form, or calls `onSubmit` when given (a dialog without one). */
  submit: ReactNode;
  onSubmit?: () => void;
  onCancel: () => void;
  onRecheck: () => void;
  className?: string;
};

export function MoveActions({
  busy,
  checking,
  unclear,
  error,
  submit,
  onSubmit,
  onCancel,
  onRecheck,
  className,
}: Props) {
  return (
    <>
      <StatusLine message={checking ? checkingWords() : null} />
      <FormError message={unclear ? unknownWords() : error} />
      <div className={`flex justify-end gap-2 ${className ?? ""}`}>
        <Button onClick={onCancel} disabled={busy}>
          {t("money.cancel")}
        </Button>
        {unclear ? (
          <Button variant="primary" busy={busy} onClick={onRecheck}>
            {recheckLabel()}
          </Button>
        ) : (
          <Button type={onSubmit ? "button" : "submit"} variant="primary" busy={busy} onClick={onSubmit}>
            {submit}
          </Button>
        )}
      </div>
    </>
  );
}
