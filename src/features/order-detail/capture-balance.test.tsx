// The capture dialog and the order's balance: the outstanding amount before and after, a second
// yes before collecting more than the order total, and a plain word when nothing is left.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { orderKeys } from "@/api/orders";
import { openCaptureDialog as openDialog } from "@/test/capture-steps";
import { seededOrderId, setupMockBackend } from "@/test/render";
import { capturePayment, createCollection, markAsPaid } from "../../../mocks/rules";

const mock = setupMockBackend();

const order = (displayId: number) => mock.backend.db.orders.find((o) => o.id === seededOrderId(mock, displayId))!;

/** #1014: 60.00 authorized on a 60.00 order, and a 15.00 payment request; marks the request as paid first. */
function markRequestOf1014Paid() {
  markAsPaid(mock.backend.db, order(1014).collections.find((c) => c.status === "not_paid")!.id);
}

const openCaptureDialog = (displayId: number) => openDialog(mock, displayId);

const captureRequests = () => mock.requests.filter((r) => r.method === "POST" && r.url.pathname.endsWith("/capture"));
/** The preview's figures: "Outstanding now" and "After this". */
const preview = (dialog: HTMLElement) =>
  Object.fromEntries(
    within(dialog)
      .getAllByRole("term")
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
const outstanding = () =>
  within(screen.getByRole("region", { name: "Summary" })).getByText("Outstanding amount").nextElementSibling
    ?.textContent;

describe("capture dialog and the order's balance", () => {
  it("shows the outstanding amount now and after the capture, as the amount is typed", async () => {
    const { user, dialog, amount } = await openCaptureDialog(1002); // 70.00 left to capture and to collect
    expect(preview(dialog)).toEqual({ "Outstanding now": "$70.00 to collect", "After this": "nothing outstanding" });
    expect(within(dialog).queryByRole("checkbox")).not.toBeInTheDocument();

    await user.clear(amount);
    await user.type(amount, "20");
    expect(preview(dialog)).toEqual({ "Outstanding now": "$70.00 to collect", "After this": "$50.00 to collect" });
  });

  it("starts at what settles the balance when that is less than what is capturable, and says why", async () => {
    markRequestOf1014Paid();
    const { dialog, amount } = await openCaptureDialog(1014);
    expect(amount).toHaveValue("45.00");
    expect(dialog).toHaveAccessibleDescription(/\$60\.00 of this payment is authorized and not yet captured\./);
    expect(dialog).toHaveAccessibleDescription(/The amount starts at \$45\.00, what the customer still owes/);
    expect(preview(dialog)).toEqual({ "Outstanding now": "$45.00 to collect", "After this": "nothing outstanding" });
  });

  it("asks for an explicit yes before collecting more than the order total, and sends nothing without it", async () => {
    markRequestOf1014Paid();
    const { user, dialog, amount } = await openCaptureDialog(1014);
    await user.clear(amount);
    await user.type(amount, "60");

    expect(preview(dialog)).toEqual({
      "Outstanding now": "$45.00 to collect",
      "After this": "$15.00 owed to the customer",
    });
    expect(within(dialog).getByText("This collects $15.00 more than the order total.")).toBeInTheDocument();
    const yes = within(dialog).getByRole("checkbox", { name: "Yes, I mean this amount" });
    expect(yes).not.toBeChecked();

    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));
    expect(
      await within(dialog).findByText("Tick “Yes, I mean this amount” to capture it, or lower the amount."),
    ).toBeInTheDocument();
    expect(captureRequests()).toEqual([]);

    await user.click(yes);
    expect(within(dialog).queryByText(/^Tick “Yes/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByText("Captured $60.00.")).toBeInTheDocument();
    expect(captureRequests().map((r) => r.body)).toStrictEqual([{ amount: 60 }]);
    expect(outstanding()).toBe("$15.00");
  });

  it("un-ticks the yes when the amount changes, and asks again for the new difference", async () => {
    markRequestOf1014Paid();
    const { user, dialog, amount } = await openCaptureDialog(1014);
    await user.clear(amount);
    await user.type(amount, "60");
    await user.click(within(dialog).getByRole("checkbox", { name: "Yes, I mean this amount" }));

    await user.clear(amount);
    await user.type(amount, "50");
    expect(within(dialog).getByText("This collects $5.00 more than the order total.")).toBeInTheDocument();
    expect(within(dialog).getByRole("checkbox", { name: "Yes, I mean this amount" })).not.toBeChecked();

    // Back within the balance, there is nothing to confirm.
    await user.clear(amount);
    await user.type(amount, "45");
    expect(within(dialog).queryByRole("checkbox")).not.toBeInTheDocument();
  });

  it("starts empty when nothing is outstanding, since any capture collects more than the total", async () => {
    markRequestOf1014Paid();
    markAsPaid(mock.backend.db, createCollection(mock.backend.db, order(1014).id, 4500).id);
    const { user, dialog, amount } = await openCaptureDialog(1014);
    expect(amount).toHaveValue("");
    expect(dialog).toHaveAccessibleDescription(/Nothing is outstanding on this order, so the amount starts empty/);

    await user.type(amount, "10");
    expect(within(dialog).getByText("This collects $10.00 more than the order total.")).toBeInTheDocument();
  });
});

describe("capture dialog when nothing is left to capture", () => {
  it("says so plainly once the order is read again, and offers only Close", async () => {
    const { client, dialog, id } = await openCaptureDialog(1002);
    // Another tab captures the remaining 70.00; this page then reads the order again.
    capturePayment(mock.backend.db, order(1002).collections[0]!.payments[0]!.id, 7000, null);
    await client.refetchQueries({ queryKey: orderKeys.detail(id) });

    await waitFor(() =>
      expect(dialog).toHaveAccessibleDescription(
        "Nothing is left to capture on this payment: it was captured in full.",
      ),
    );
    expect(within(dialog).queryByRole("button", { name: "Confirm" })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole("textbox")).not.toBeInTheDocument();

    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(captureRequests()).toEqual([]);
  });

  it("says so when Confirm finds the payment captured in full meanwhile, and sends nothing", async () => {
    mock.backend.db.plugin = false; // only without the plugin does Confirm read the order first (decision 003)
    const { user, dialog } = await openCaptureDialog(1002);
    capturePayment(mock.backend.db, order(1002).collections[0]!.payments[0]!.id, 7000, null);
    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));

    expect(
      await within(dialog).findByText("Nothing is left to capture on this payment: it was captured in full."),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Close" })).toBeInTheDocument();
    expect(within(dialog).queryByRole("button", { name: "Confirm" })).not.toBeInTheDocument();
    expect(captureRequests()).toEqual([]);
  });
});

describe("capture dialog when the server refuses", () => {
  it("says nothing was captured when Medusa refuses, so its bare unknown error never shows alone", async () => {
    mock.server.use(
      http.post("*/admin/payments/:id/capture", () =>
        HttpResponse.json({ type: "unknown_error", message: "An unknown error occurred." }, { status: 400 }),
      ),
    );
    const { user, dialog } = await openCaptureDialog(1002);
    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      /^Nothing was captured\. The server said: An unknown error occurred\.$/,
    );
    expect(captureRequests()).toHaveLength(1);
    expect(screen.queryByText("Captured $70.00.")).not.toBeInTheDocument();
  });
});
