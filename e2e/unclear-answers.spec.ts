// A money move whose answer is unclear (issue 13): a gateway's 502 after Medusa applied it, a 504
// while it still runs, a 500 before it arrived. The dialog stays locked while the app finds out,
// then says the truth, and the store ends with exactly one movement. These play a store with the
// plugin (the mock's default), which answers the same Idempotency-Key again without moving twice.
import { moneyRecords } from "./admin-api";
import { armFault, expect, orderIdFromUrl, releaseHeldAnswers, test, toast, type Fault } from "./fixtures";
import { CHECKING, keysSent, LATE, MOVES, watchStatusLine } from "./unclear-moves";

type Case = { title: string; fault: Omit<Fault, "route">; held?: boolean };

const CASES: Case[] = [
  { title: "a 502 from a gateway after the server applied it", fault: { kind: "error-after" } },
  {
    title: "a 504 from a gateway while the server still runs it",
    // Held until released below, however long a busy machine takes to show the locked dialog.
    fault: { kind: "error-while-running", delayMs: 120_000 },
    held: true,
  },
  { title: "a 500 before the server got it", fault: { kind: "error" } },
];

// @mock: the faults are the demo mock's switches.
test.describe("unclear answers with the plugin", { tag: "@mock" }, () => {
  for (const move of MOVES) {
    test.describe(move.name, () => {
      for (const { title, fault, held } of CASES) {
        test(`${title}: checks, then says it went through, and it moved once`, async ({ page, order }) => {
          await order(move.displayId);
          const orderId = orderIdFromUrl(page);
          const before = await moneyRecords(page, orderId);
          const keys = keysSent(page, move.suffix);
          await armFault(page, { route: move.route, ...fault });
          const { dialog, submit } = await move.start(page);
          const checkingShown = await watchStatusLine(page, CHECKING);
          await submit.click();

          if (held) {
            // Locked while it cannot tell: nothing can change or abandon the move.
            await expect(dialog.getByRole("status")).toHaveText(CHECKING);
            await expect(submit).toHaveAttribute("aria-busy", "true");
            await expect(submit).toBeDisabled();
            await expect(dialog.getByRole("button", { name: "Cancel" })).toBeDisabled();
            await page.keyboard.press("Escape");
            await expect(dialog).toBeVisible();
            await releaseHeldAnswers(page);
          }

          await expect(toast(page, `${move.done} ${LATE}`)).toBeVisible();
          await expect(dialog).toBeHidden();
          expect(await checkingShown()).toBe(true);
          expect(await moneyRecords(page, orderId)).toEqual([...before, move.record].sort());
          // Every request the app sent for it, first and replays, carried the one key.
          expect(keys.length).toBeGreaterThanOrEqual(1);
          expect(new Set(keys)).toEqual(new Set([keys[0]]));
          expect(keys[0]).toMatch(/\S/);
        });
      }
    });
  }
});
