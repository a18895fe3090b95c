// Unclear answers on a store without the plugin: Medusa ignores the Idempotency-Key, so the app
// never sends the move again on its own; it reads the order until the move shows, or until its
// 20 s window ends, and only then says nothing moved.
import { mockWithoutPlugin, moneyRecords } from "./admin-api";
import { armFault, expect, orderIdFromUrl, releaseHeldAnswers, test, toast, type WriteLog } from "./fixtures";
import { CAPTURE, CHECKING, LATE, MARK_PAID, notMoved, REFUND, watchStatusLine, type Move } from "./unclear-moves";
import type { Page } from "@playwright/test";

/** Opens the move's order on a store without the plugin; resolves to its id and records before. */
async function openWithoutPlugin(page: Page, order: (displayId: number) => Promise<number>, move: Move) {
  const shown = await order(move.displayId);
  await mockWithoutPlugin(page);
  await expect(page.getByRole("heading", { level: 1, name: `Order #${shown}` })).toBeVisible();
  const orderId = orderIdFromUrl(page);
  return { orderId, before: await moneyRecords(page, orderId) };
}

const sentOnce = (writes: WriteLog, move: Move) => expect(writes.to(move.suffix)).toHaveLength(1);

// @mock: the faults and the store without the plugin are the demo mock's switches.
test.describe("unclear answers without the plugin", { tag: "@mock" }, () => {
  test("capture: a 502 after the server applied it; the first read finds it", async ({ page, order, writes }) => {
    const { orderId, before } = await openWithoutPlugin(page, order, CAPTURE);
    await armFault(page, { route: CAPTURE.route, kind: "error-after" });
    const { dialog, submit } = await CAPTURE.start(page);
    const checkingShown = await watchStatusLine(page, CHECKING);
    await submit.click();

    await expect(toast(page, `${CAPTURE.done} ${LATE}`)).toBeVisible();
    await expect(dialog).toBeHidden();
    expect(await checkingShown()).toBe(true);
    expect(await moneyRecords(page, orderId)).toEqual([...before, CAPTURE.record].sort());
    sentOnce(writes, CAPTURE);
  });

  test("refund: a 504 while the server still runs it; it lands within the window", async ({ page, order, writes }) => {
    const { orderId, before } = await openWithoutPlugin(page, order, REFUND);
    await armFault(page, { route: REFUND.route, kind: "error-while-running", delayMs: 120_000 });
    const { dialog, submit } = await REFUND.start(page);
    await submit.click();

    await expect(dialog.getByRole("status")).toHaveText(CHECKING);
    await expect(submit).toHaveAttribute("aria-busy", "true");
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeDisabled();
    expect(await moneyRecords(page, orderId)).toEqual(before);
    await releaseHeldAnswers(page);

    await expect(toast(page, `${REFUND.done} ${LATE}`)).toBeVisible();
    await expect(dialog).toBeHidden();
    expect(await moneyRecords(page, orderId)).toEqual([...before, REFUND.record].sort());
    sentOnce(writes, REFUND);
  });

  test("mark as paid: a 500 before the server got it; after the window, safe to try again", async ({
    page,
    order,
    writes,
  }) => {
    // The app reads the order for its full 20 s window before it says nothing moved.
    test.setTimeout(90_000);
    const { orderId, before } = await openWithoutPlugin(page, order, MARK_PAID);
    await armFault(page, { route: MARK_PAID.route });
    const { dialog, submit } = await MARK_PAID.start(page);
    await submit.click();

    await expect(dialog.getByRole("status")).toHaveText(CHECKING);
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeDisabled();
    // A ceiling, not a wait: the page shows it when the app's window is over.
    await expect(dialog.getByText(notMoved(MARK_PAID.moved), { exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(submit).toBeEnabled();
    expect(await moneyRecords(page, orderId)).toEqual(before);
    sentOnce(writes, MARK_PAID);

    await submit.click();
    await expect(toast(page, MARK_PAID.done)).toBeVisible();
    await expect(dialog).toBeHidden();
    expect(await moneyRecords(page, orderId)).toEqual([...before, MARK_PAID.record].sort());
    expect(writes.to(MARK_PAID.suffix)).toHaveLength(2);
  });
});
