// A question before an action that cannot be undone: what it does, then Cancel or go ahead.
import type { ReactNode } from "react";
import { t } from "@/i18n/i18n";
import { Button } from "./button";
import { Dialog } from "./dialog";

type Props = {
  title: string;
  /** What the action does, so the reader can judge before pressing it. */
  description: ReactNode;
  /** The button that goes ahead, named for what it does ("Reset", not "OK"). */
  confirmLabel: string;
  tone?: "primary" | "danger";
  /** While the action runs the dialog cannot be dismissed and its buttons wait. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Render it only while asking: mounted after the press that opened it, it gives focus back to
 * that control on Cancel or Escape. Focus starts on Cancel, so Enter alone never goes ahead.
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  tone = "primary",
  busy,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <Dialog open onOpenChange={(open) => !open && onCancel()} title={title} description={description} locked={busy}>
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel} disabled={busy}>
          {t("money.cancel")}
        </Button>
        <Button variant={tone} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
