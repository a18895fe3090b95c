// After an unclear answer to a money move (decision 003): find out from the server whether the
// money moved, instead of guessing from the error. Pure over what it is given, so every path is
// testable without a browser or a clock.
import { ApiError, isRefusal, isUnreadableSuccess } from "@/lib/api-client";

/** How an unclear move ended once the server was asked. */
export type Verdict =
  | { kind: "done" }
  /** Nothing moved under this request: the order shows no new record, and the request is over. */
  | { kind: "not-moved" }
  /** The replay met Medusa's refusal, stored by the plugin: nothing moved, for the reason given. */
  | { kind: "refused"; message: string }
  /** Still cannot tell: the order could not be read, or the request may still be running. */
  | { kind: "unknown" };

export type ReconcileDeps<O> = {
  /** The order as the server has it now (rejects when it cannot be read). */
  read: () => Promise<O>;
  /** Whether that order holds the move's new record (a capture, refund or payment not there before). */
  landed: (order: O) => boolean;
  /** Sends the same request with the same Idempotency-Key; only on a server with the plugin. */
  replay?: () => Promise<unknown>;
  /** How long to keep asking, ms. */
  windowMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
};

/** Reads at once, then at growing gaps: quick for a lost answer, patient for a slow server. */
const gap = (round: number) => Math.min(1000 * (round + 1), 4000);

export async function reconcile<O>(deps: ReconcileDeps<O>): Promise<Verdict> {
  const deadline = deps.now() + deps.windowMs;
  // True once the plugin has said the first request is over (its stored answer came back).
  let over = false;
  for (let round = 0; ; round++) {
    const order = await deps.read().catch(() => undefined);
    if (order && deps.landed(order)) return { kind: "done" };
    if (order && over) return { kind: "not-moved" };
    if (deps.replay) {
      try {
        await deps.replay();
        return { kind: "done" }; // the stored success, or the first request never arrived and ran now
      } catch (error) {
        if (isUnreadableSuccess(error)) return { kind: "done" };
        if (isRefusal(error)) return { kind: "refused", message: (error as Error).message };
        // A stored 5xx: the first request ended in an error. The next read says whether it left a record.
        over = error instanceof ApiError && error.origin.replayed === true;
      }
    }
    if (deps.now() >= deadline) {
      // Without the plugin, an order read late in the window with no record is the best evidence there is.
      return order && !deps.replay ? { kind: "not-moved" } : { kind: "unknown" };
    }
    if (!over) await deps.sleep(Math.min(gap(round), Math.max(deadline - deps.now(), 0)));
  }
}
