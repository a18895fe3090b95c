/** Said wherever the order is still shown after a re-read failed: its figures may be old. */
export const STALE_WORDS = "These figures may be out of date: the order could not be read again.";
