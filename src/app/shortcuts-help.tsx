import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { t } from "@/i18n/i18n";

// The controls these keys press say so too, with aria-keyshortcuts. Named at render, in the language on screen.
const keys = () => [
  ["c", t("app.shortcutCapture")],
  ["r", t("app.shortcutRefund")],
  ["m", t("app.shortcutMarkPaid")],
  ["/", t("app.shortcutSearch")],
  ["?", t("app.shortcutsTitle")],
];

/** The list `?` opens. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog open onOpenChange={onClose} title={t("app.shortcutsTitle")} description={t("app.shortcutsDescription")}>
      <dl className="space-y-2 text-sm">
        {keys().map(([key, what]) => (
          <div key={key} className="flex gap-3">
            <dt>
              <kbd className="font-mono font-semibold">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <Button className="mt-4" onClick={onClose}>
        {t("common.close")}
      </Button>
    </Dialog>
  );
}
