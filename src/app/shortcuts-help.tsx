import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

// The controls these keys press say so too, with aria-keyshortcuts.
const keys = [
  ["c", "Capture payment"],
  ["r", "Refund"],
  ["m", "Mark as paid"],
  ["/", "Search orders"],
  ["?", "Keyboard shortcuts"],
];

/** The list `?` opens. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      open
      onOpenChange={onClose}
      title="Keyboard shortcuts"
      description="c, r and m act on an order when it offers just one of them. None act while you type in a field."
    >
      <dl className="space-y-2 text-sm">
        {keys.map(([key, what]) => (
          <div key={key} className="flex gap-3">
            <dt>
              <kbd className="font-mono font-semibold">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <Button className="mt-4" onClick={onClose}>
        Close
      </Button>
    </Dialog>
  );
}
