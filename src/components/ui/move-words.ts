// The words every money dialog uses for how a move ended short of done (use-money-submit.ts): the
// same situation reads the same in the capture dialog, the refund panel, mark as paid and record payment.
import { formatMoney } from "@/lib/money";

/** Shown while the server is asked whether the money moved. */
export const CHECKING_WORDS = "No clear answer from the server. Checking whether the money moved…";

/** Added to the done toast when the first answer was unclear. */
export const LATE_WORDS = "The first answer was lost on the way; the server confirmed it afterwards.";

/** The server was asked and shows nothing moved; `moved` is the move in the past: "captured". */
export const notMovedWords = (moved: string) =>
  `No clear answer came back, and the order shows nothing was ${moved}: it is safe to try again.`;

/** The server could not be asked: the dialog blocks a new attempt until the order is read again. */
export const UNKNOWN_WORDS =
  "No clear answer came back, and it cannot be told yet whether the money moved. Reload the order to check before trying again.";

/** The button that reads the order again after an unknown outcome. */
export const RECHECK_LABEL = "Reload the order";

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
export function moveProblem(outcome: MoveProblem, currency: string, moved: string): string | undefined {
  switch (outcome.kind) {
    case "refused":
      return `Nothing was ${moved}. The server said: ${outcome.message}`;
    case "changed":
      return `This order changed since the form opened: now at most ${formatMoney(outcome.limit, currency)} can be ${moved}. Check the amount.`;
    case "not-moved":
      return notMovedWords(moved);
    case "unknown":
      return UNKNOWN_WORDS;
    case "duplicate":
      return undefined;
  }
}
