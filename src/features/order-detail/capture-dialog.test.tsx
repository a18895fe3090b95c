import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { openCaptureDialog as openDialog } from "@/test/capture-steps";
import { setupMockBackend } from "@/test/render";
import { paymentTitle } from "@/lib/format";

const mock = setupMockBackend();

/** #1002 by default: 120.00 authorized, 50.00 captured, 70.00 left to capture. */
const openCaptureDialog = (displayId = 1002) => openDialog(mock, displayId);

const captureRequests = () => mock.requests.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/capture"));
const row = (payId: string) =>
  screen.getByRole("listitem", { name: paymentTitle({ provider: "pp_system_default", id: payId }) });
/** A payment row's figures: Amount, Captured, Refunded, Refundable. */
const figures = (payId: string) =>
  Object.fromEntries(
    within(row(payId))
      .getAllByRole("term")
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );

/** Records the idempotency key of each capture request, then lets the mock answer it. */
function recordCaptureKeys() {
  const keys: (string | null)[] = [];
  mock.server.use(
    http.post("*/admin/payments/:id/capture", ({ request }) => {
      keys.push(request.headers.get("idempotency-key"));
      // No response: the request goes on to the mock's own handler.
    }),
  );
  return keys;
}

describe("capture dialog", () => {
  it("opens pre-filled with what is left to capture and says what will happen", async () => {
    const { dialog, amount, payId } = await openCaptureDialog();
    expect(amount).toHaveValue("70.00");
    expect(dialog).toHaveAccessibleDescription(/\$70\.00 of this payment is authorized and not yet captured/);
    expect(within(dialog).getByText(`Capture $70.00 from ${payId}.`)).toBeInTheDocument();
    expect(amount).toHaveFocus();
  });

  it("captures the remaining amount, then shows the payment as captured", async () => {
    const { user, confirm, payId } = await openCaptureDialog();
    await user.click(confirm);

    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Capture payment" })).not.toBeInTheDocument());
    expect(captureRequests()).toHaveLength(1);
    expect(captureRequests()[0]!.url.pathname).toBe(`/admin/payments/${payId}/capture`);
    expect(captureRequests()[0]!.body).toStrictEqual({ amount: 70 });

    expect(await screen.findByText("Captured $70.00.")).toBeInTheDocument();
    const r = row(payId);
    expect(within(r).getByText("Captured", { selector: "span" })).toBeInTheDocument();
    expect(figures(payId)).toEqual({
      Amount: "$120.00",
      Captured: "$120.00",
      Refunded: "$0.00",
      Refundable: "$120.00",
    });
    expect(within(r).queryByRole("button", { name: "Capture payment" })).not.toBeInTheDocument();
  });

  it("captures part of the amount when it is lowered", async () => {
    const { user, amount, confirm, dialog, payId } = await openCaptureDialog();
    await user.clear(amount);
    await user.type(amount, "20");
    expect(within(dialog).getByText(`Capture $20.00 from ${payId}.`)).toBeInTheDocument();
    await user.click(confirm);

    expect(await screen.findByText("Captured $20.00.")).toBeInTheDocument();
    expect(captureRequests().map((r) => r.body)).toStrictEqual([{ amount: 20 }]);
    const r = row(payId);
    expect(within(r).getByText("Partially captured", { selector: "span" })).toBeInTheDocument();
    // 50.00 before, 20.00 now; 50.00 is still left, so the button stays.
    expect(figures(payId)).toEqual({ Amount: "$120.00", Captured: "$70.00", Refunded: "$0.00", Refundable: "$70.00" });
    expect(within(r).getByRole("button", { name: "Capture payment" })).toBeInTheDocument();
  });

  it("refuses more than is left, at the field, and sends nothing", async () => {
    const { user, amount, confirm, dialog } = await openCaptureDialog();
    await user.clear(amount);
    await user.type(amount, "70.01");
    await user.click(confirm);

    const message = await within(dialog).findByText("You can capture at most $70.00.");
    expect(amount).toHaveAttribute("aria-invalid", "true");
    expect(amount.getAttribute("aria-describedby")?.split(" ")).toContain(message.id);
    expect(amount).toHaveAccessibleDescription(/You can capture at most \$70\.00\./);
    expect(amount).toHaveValue("70.01");
    expect(captureRequests()).toEqual([]);
  });

  it.each([
    ["0", "Enter an amount above zero."],
    ["", "Enter an amount."],
    ["abc", "Enter the amount as a number, for example 12.50."],
  ])("refuses %j with a message at the field", async (typed, message) => {
    const { user, amount, confirm, dialog } = await openCaptureDialog();
    await user.clear(amount);
    if (typed) await user.type(amount, typed);
    await user.click(confirm);

    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(amount).toHaveAttribute("aria-invalid", "true");
    expect(captureRequests()).toEqual([]);
  });

  it("sends nothing on Cancel", async () => {
    const { user, dialog, payId } = await openCaptureDialog();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(captureRequests()).toEqual([]);
    // Focus goes back to the button that opened the dialog.
    await waitFor(() => expect(within(row(payId)).getByRole("button", { name: "Capture payment" })).toHaveFocus());
  });

  it("sends nothing when closed with Escape", async () => {
    const { user } = await openCaptureDialog();
    await user.keyboard("{Escape}");

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(captureRequests()).toEqual([]);
  });

  it("keeps the dialog open with the server's message and the typed amount when the server refuses", async () => {
    mock.server.use(
      http.post("*/admin/payments/:id/capture", () =>
        HttpResponse.json(
          { type: "not_allowed", message: "The payment provider declined the capture." },
          { status: 400 },
        ),
      ),
    );
    const { user, amount, confirm, dialog } = await openCaptureDialog();
    await user.clear(amount);
    await user.type(amount, "20");
    await user.click(confirm);

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      /^Nothing was captured\. The server said: The payment provider declined the capture\.$/,
    );
    expect(screen.getByRole("dialog", { name: "Capture payment" })).toBeInTheDocument();
    expect(amount).toHaveValue("20");
    await waitFor(() => expect(confirm).toBeEnabled());
    expect(screen.queryByText("Captured $20.00.")).not.toBeInTheDocument();
    expect(captureRequests()).toHaveLength(1);
  });

  it("captures three-decimal currencies exactly", async () => {
    // #1009: 12.345 + 1.250 + 1.500 KWD authorized.
    const { user, amount, confirm, dialog } = await openCaptureDialog(1009);
    expect(amount).toHaveValue("15.095");
    expect(dialog).toHaveAccessibleDescription(/KWD\s15\.095 of this payment is authorized/);
    await user.click(confirm);

    expect(await screen.findByText(/^Captured KWD\s15\.095\.$/)).toBeInTheDocument();
    expect(captureRequests().map((r) => r.body)).toStrictEqual([{ amount: 15.095 }]);
  });

  it("sends one request when Confirm is clicked twice quickly", async () => {
    const { confirm } = await openCaptureDialog();
    fireEvent.click(confirm);
    fireEvent.click(confirm);

    expect(await screen.findByText("Captured $70.00.")).toBeInTheDocument();
    expect(captureRequests()).toHaveLength(1);
  });

  it("sends one request on a double click", async () => {
    const { user, confirm } = await openCaptureDialog();
    await user.dblClick(confirm);

    expect(await screen.findByText("Captured $70.00.")).toBeInTheDocument();
    expect(captureRequests()).toHaveLength(1);
  });

  it("sends an idempotency key with the capture", async () => {
    const keys = recordCaptureKeys();
    const { user, confirm } = await openCaptureDialog();
    await user.click(confirm);

    expect(await screen.findByText("Captured $70.00.")).toBeInTheDocument();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("uses a new idempotency key each time the dialog is opened", async () => {
    const keys = recordCaptureKeys();
    const { user, amount, confirm, payId } = await openCaptureDialog();
    await user.clear(amount);
    await user.type(amount, "20");
    await user.click(confirm);
    expect(await screen.findByText("Captured $20.00.")).toBeInTheDocument();

    await user.click(within(row(payId)).getByRole("button", { name: "Capture payment" }));
    const again = await screen.findByRole("dialog", { name: "Capture payment" });
    expect(within(again).getByRole("textbox", { name: "Amount to capture" })).toHaveValue("50.00");
    await user.click(within(again).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("Captured $50.00.")).toBeInTheDocument();

    expect(captureRequests().map((r) => r.body)).toStrictEqual([{ amount: 20 }, { amount: 50 }]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });
});

describe("capture dialog when another tab captured first", () => {
  it("on a server with the plugin, sends at once and shows the server's refusal, then the new limit", async () => {
    const keys = recordCaptureKeys();
    const { user, dialog, amount, confirm, payId } = await openCaptureDialog();
    const { capturePayment } = await import("../../../mocks/rules");
    capturePayment(mock.backend.db, payId, 3000, null);

    await user.click(confirm);
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "You cannot capture more than the authorized amount substracted by what is already captured.",
    );
    expect(captureRequests().map((r) => r.body)).toStrictEqual([{ amount: 70 }]); // the server checked it
    expect(
      mock.backend.db.orders
        .flatMap((o) => o.collections)
        .flatMap((c) => c.payments)
        .find((p) => p.id === payId)!.captures,
    ).toHaveLength(2);
    await waitFor(() => expect(dialog).toHaveAccessibleDescription(/\$40\.00 of this payment is authorized/));

    await user.clear(amount);
    await user.type(amount, "40");
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Capture payment" })).not.toBeInTheDocument());
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]); // a corrected request is a new one
    expect(figures(payId).Captured).toBe("$120.00");
  });

  it("without the plugin, notices before sending, shows the new limit, and captures a corrected amount once", async () => {
    mock.backend.db.plugin = false; // Confirm reads the order first (decision 003)
    const keys = recordCaptureKeys();
    const { user, dialog, amount, confirm, payId } = await openCaptureDialog();
    // Someone else captures 30.00 while this dialog shows 70.00 left.
    const { capturePayment } = await import("../../../mocks/rules");
    capturePayment(mock.backend.db, payId, 3000, null);

    await user.click(confirm);
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "This order changed since the form opened: now at most $40.00 can be captured. Check the amount.",
    );
    expect(captureRequests()).toHaveLength(0); // nothing was sent against the stale maximum
    await waitFor(() => expect(dialog).toHaveAccessibleDescription(/\$40\.00 of this payment is authorized/));
    expect(amount).toHaveValue("70.00"); // what was typed stays

    await user.clear(amount);
    await user.type(amount, "40");
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Capture payment" })).not.toBeInTheDocument());
    expect(captureRequests().map((r) => r.body)).toStrictEqual([{ amount: 40 }]);
    expect(keys).toHaveLength(1);
    expect(figures(payId).Captured).toBe("$120.00");
  });
});
