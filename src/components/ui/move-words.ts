// The words every money dialog uses for how a move ended short of done (use-money-submit.ts): the
// same situation reads the same in the capture dialog, the refund panel, mark as paid and record payment.
// Functions, not constants: each call reads the language shown now.
import { t, type MessageKey } from "@/i18n/i18n";
import { formatMoney } from "@/lib/money";

/** Shown while the server is asked whether the money moved. */
export const checkingWords = () => t("money.checking");

/** Added to the done toast when the first answer was unclear. */
export const lateWords = () => t("money.late");

/** The move in the past, as the dialogs name it: each has its own whole sentences in every language. */
export type Moved = "captured" | "refunded" | "marked as paid" | "recorded";

const SENTENCES: Record<Moved, { refused: MessageKey; changed: MessageKey; notMoved: MessageKey }> = {
  captured: { refused: "money.refusedCaptured", changed: "money.changedCaptured", notMoved: "money.notMovedCaptured" },
  refunded: { refused: "money.refusedRefunded", changed: "money.changedRefunded", notMoved: "money.notMovedRefunded" },
  "marked as paid": {
    refused: "money.refusedMarkedPaid",
    changed: "money.changedMarkedPaid",
    notMoved: "money.notMovedMarkedPaid",
  },
  recorded: { refused: "money.refusedRecorded", changed: "money.changedRecorded", notMoved: "money.notMovedRecorded" },
};

/** The server was asked and shows nothing moved; `moved` is the move in the past: "captured". */
export const notMovedWords = (moved: Moved) => t(SENTENCES[moved].notMoved);

/** The server could not be asked: the dialog blocks a new attempt until the order is read again. */
export const unknownWords = () => t("money.unknown");

/** The button that reads the order again after an unknown outcome. */
export const recheckLabel = () => t("money.recheck");

/** How a money move ended short of done, by its shape (the guard's MoveOutcome, less "done"). */
export type MoveProblem =
  | { kind: "refused"; message: string }
  | { kind: "changed"; limit: number }
  | { kind: "not-moved" }
  | { kind: "unknown" }
  | { kind: "duplicate" };

/**
 * What a dialog says when its move did not happen, or may not have; nothing for a dropped double
 * submit. `moved` is the move in the past ("captured", "marked as paid"). A refusal names what did
 * not happen, since Medusa's own words ("An unknown error occurred") leave that open.
 */
export function moveProblem(outcome: MoveProblem, currency: string, moved: Moved): string | undefined {
  switch (outcome.kind) {
    case "refused":
      return t(SENTENCES[moved].refused, { message: outcome.message });
    case "changed":
      return t(SENTENCES[moved].changed, { amount: formatMoney(outcome.limit, currency) });
    case "not-moved":
      return notMovedWords(moved);
    case "unknown":
      return unknownWords();
    case "duplicate":
      return undefined;
  }
}
