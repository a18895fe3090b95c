// The money dialogs after an answer that does not say whether money moved (decision 003): they
// say they are checking, hold still meanwhile, then tell what the server shows; when it cannot
// tell, no new attempt leaves until the order is read again.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { checkingWords, lateWords, notMovedWords, recheckLabel, unknownWords } from "@/components/ui/move-words";
import { openCaptureDialog } from "@/test/capture-steps";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";

// Shortened; its rounds are tested on a clock in reconcile.test.ts.
vi.mock("@/api/answer-window", () => ({ ANSWER_WINDOW_MS: 300 }));

const mock = setupMockBackend();
const posts = (end: string) => mock.requests.filter((r) => r.method === "POST" && r.url.pathname.endsWith(end));
const capturesOf = (payId: string) =>
  mock.backend.db.orders
    .flatMap((o) => o.collections.flatMap((c) => c.payments))
    .find((p) => p.id === payId)!
    .captures.map((c) => c.amount);

describe("capture dialog, after an unclear answer", () => {
  it("takes a 500 for unclear, not for a refusal: it checks, then says nothing was captured and Confirm is back", async () => {
    mock.backend.db.plugin = false;
    mock.server.use(
      http.post("*/admin/payments/:id/capture", () =>
        HttpResponse.json({ type: "unknown_error", message: "An unknown error occurred." }, { status: 500 }),
      ),
    );
    const { user, dialog, confirm } = await openCaptureDialog(mock, 1002);
    await user.click(confirm);
    expect(await within(dialog).findByRole("status")).toHaveTextContent(checkingWords());
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(notMovedWords("captured"));
    expect(within(dialog).getByRole("button", { name: "Confirm" })).toBeEnabled();
    expect(dialog).not.toHaveTextContent("An unknown error occurred.");
    expect(posts("/capture")).toHaveLength(1);
  });

  it("blocks a new capture when nobody can tell, until Reload the order finds the capture: one capture, said late", async () => {
    let lost = true;
    const { user, dialog, confirm, payId } = await openCaptureDialog(mock, 1002);
    // Applied, and its answer dropped; while `lost`, neither the order nor a replay answers.
    mock.backend.db.faults = [{ route: "POST /admin/payments/*/capture", kind: "drop-after", times: 1 }];
    let sent = 0;
    mock.server.use(
      http.get("*/admin/orders/:id", () => (lost ? HttpResponse.error() : undefined)),
      http.post("*/admin/payments/:id/capture", () => (sent++ > 0 && lost ? HttpResponse.error() : undefined)),
    );
    await user.click(confirm);
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(unknownWords());
    expect(within(dialog).queryByRole("button", { name: "Confirm" })).not.toBeInTheDocument();

    // Closed and opened again, the block holds.
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await user.click(screen.getByRole("button", { name: "Capture payment" }));
    const again = await screen.findByRole("dialog", { name: "Capture payment" });
    expect(within(again).getByRole("alert")).toHaveTextContent(unknownWords());

    lost = false;
    await user.click(within(again).getByRole("button", { name: recheckLabel() }));
    expect(await screen.findByText(`Captured $70.00. ${lateWords()}`)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(capturesOf(payId)).toEqual([5000, 7000]);
    expect(new Set(posts("/capture").map((r) => r.url.pathname))).toHaveLength(1);
  });
});

describe("refund panel, after an unclear answer", () => {
  it("stays open through Escape while it checks, then says nothing was refunded", async () => {
    mock.backend.db.plugin = false;
    const id = seededOrderId(mock, 1007);
    const { user } = renderRoute(`/orders/${id}/refund`);
    const drawer = await screen.findByRole("dialog", { name: "Refund" });
    for (const b of screen.queryAllByRole("button", { name: "Dismiss notification" })) fireEvent.click(b);
    await within(drawer).findByRole("textbox", { name: "Amount" });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let failed = false;
    let readsAfter = 0;
    mock.server.use(
      http.post("*/admin/payments/:id/refund", () => {
        failed = true;
        return new HttpResponse("<html>Bad Gateway</html>", { status: 502 });
      }),
      // After the failure the order is re-read once to show it, then read while checking: those
      // reads wait until the test has pressed Escape.
      http.get("*/admin/orders/:id", async () => {
        if (failed && readsAfter++ > 0) await held;
        return undefined;
      }),
    );
    await user.click(within(drawer).getByRole("button", { name: /^Refund \$/ }));
    expect(await within(drawer).findByRole("status")).toHaveTextContent(checkingWords());
    await user.keyboard("{Escape}");
    expect(drawer).toBeInTheDocument();
    release();
    expect(await within(drawer).findByRole("alert")).toHaveTextContent(notMovedWords("refunded"));
    expect(posts("/refund")).toHaveLength(1);
  });
});
