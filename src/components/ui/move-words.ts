// The words every money dialog uses once an answer was unclear (use-money-submit.ts): the same
// situation reads the same in the capture dialog, the refund panel and mark as paid.

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
