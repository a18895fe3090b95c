// Idle prefetching (decision 004): without it the merchant's first click on Capture payment
// waited for the dialog's code, 385 ms to the dialog instead of 57 in the bench.

/**
 * Runs work once the page has loaded and the browser is idle, so prefetching never competes
 * with what the first screen needs. Returns a cancel, for an effect's cleanup: a screen left
 * before it was idle does not prefetch for itself.
 */
export function whenIdle(work: () => void) {
  let cancelled = false;
  const run = () => void (cancelled || work());
  const idle = () =>
    typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 200);
  const settled = () => setTimeout(idle, 1000);
  if (document.readyState === "complete") settled();
  else window.addEventListener("load", settled, { once: true });
  return () => {
    cancelled = true;
  };
}
