import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { setConfig } from "@/lib/config";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";
import { paymentTitle } from "@/lib/format";

const mock = setupMockBackend();

const orderOf = (displayId: number) => mock.backend.db.orders.find((o) => o.display_id === displayId)!;
const paymentIds = (displayId: number) => orderOf(displayId).collections.flatMap((c) => c.payments.map((p) => p.id));

async function openOrder(displayId: number) {
  const id = seededOrderId(mock, displayId);
  const view = renderRoute(`/orders/${id}`);
  await screen.findByRole("heading", { level: 1, name: `Order #${displayId}` });
  // Toasts live in a module-level queue and outlast a test; start each test without them.
  for (const b of screen.queryAllByRole("button", { name: "Dismiss notification" })) fireEvent.click(b);
  return { ...view, id };
}

/** Each term of a description list with its value, spaces made plain. */
function terms(container: HTMLElement) {
  return Object.fromEntries(
    within(container)
      .getAllByRole("term")
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent?.replace(/\s/g, " ")]),
  );
}

const summary = () => screen.getByRole("region", { name: "Summary" });
const paymentsRegion = () => screen.getByRole("region", { name: "Payments" });
const paymentRow = (id: string) =>
  within(paymentsRegion()).getByRole("listitem", { name: paymentTitle({ provider: "pp_system_default", id: id }) });

describe("order detail page", () => {
  it("loads the whole order in one request that asks for captures by name, then its staff and its edits", async () => {
    const { id } = await openOrder(1004);
    // Give any follow-up request the chance to start before counting.
    await new Promise((r) => setTimeout(r, 50));
    // The one question the page may ask when idle, whether the server has the plugin, is not the order's.
    const probes = new Set(["/admin/order-payments", "/admin/orders"]);
    const reads = mock.requests.filter((r) => !probes.has(r.url.pathname));
    // #1004's refund beyond what was owed moved it to a second version, so Activity asks whether
    // an edit did too (order-edits.test.tsx); it finds none and asks no totals.
    expect(reads.map((r) => `${r.method} ${r.url.pathname}`).sort()).toEqual(
      [`GET /admin/orders/${id}`, `GET /admin/orders/${id}/changes`, "GET /admin/users"].sort(),
    );
    expect(reads[0]!.url.pathname).toBe(`/admin/orders/${id}`);
    // Who captured and who refunded #1004: two people, one question.
    expect(reads.find((r) => r.url.pathname === "/admin/users")!.url.searchParams.getAll("id[]")).toHaveLength(2);
    const fields = reads[0]!.url.searchParams.get("fields")!.split(",");
    expect(fields).toEqual(
      expect.arrayContaining([
        "+summary",
        "*payment_collections.payments",
        "*payment_collections.payments.captures",
        "*payment_collections.payments.refunds",
        "*payment_collections.payments.refunds.refund_reason",
      ]),
    );
  });

  it("shows the order number, its payment status and the customer in the header", async () => {
    await openOrder(1004);
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading).toHaveTextContent("Order #1004");
    expect(within(heading.parentElement!).getByText("Partially refunded")).toBeInTheDocument();
    expect(screen.getByText(/Katherine Johnson · katherine@example\.com/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "← Orders" })).toHaveAttribute("href", "/orders");
  });

  it("shows the server's totals, formatted, in the summary", async () => {
    await openOrder(1004);
    expect(terms(summary())).toEqual({
      Items: "$65.50",
      Shipping: "$10.00",
      Tax: "$0.00",
      // The $20.00 refund went beyond what was owed, so Medusa booked it as a credit line.
      "Credit lines": "−$20.00",
      "Order total": "$55.50",
      Paid: "$75.50",
      Refunded: "$20.00",
      "Net paid": "$55.50",
      "Outstanding amount": "$0.00",
    });
  });

  it("formats amounts in the order's currency", async () => {
    await openOrder(1009);
    expect(terms(summary())).toMatchObject({
      Items: "KWD 13.595",
      Shipping: "KWD 1.500",
      "Order total": "KWD 15.095",
      Paid: "KWD 0.000",
      "Outstanding amount": "KWD 15.095",
    });
  });

  describe("outstanding amount", () => {
    it("asks to collect a positive amount, with Mark as paid and Copy payment link", async () => {
      await openOrder(1006);
      const box = summary();
      expect(terms(box)["Outstanding amount"]).toBe("$25.00");
      expect(within(box).getByText("To collect from the customer.")).toBeInTheDocument();
      expect(within(box).getByRole("button", { name: "Mark as paid" })).toBeEnabled();
      expect(within(box).getByRole("button", { name: "Copy payment link" })).toBeEnabled();
      expect(within(box).queryByRole("link", { name: "Refund" })).not.toBeInTheDocument();
    });

    it("offers a refund of a negative amount, linking to the refund panel", async () => {
      const { id } = await openOrder(1007);
      const box = summary();
      expect(terms(box)["Outstanding amount"]).toBe("$30.00");
      expect(within(box).getByText("To refund to the customer.")).toBeInTheDocument();
      expect(within(box).getByRole("link", { name: "Refund" })).toHaveAttribute("href", `/orders/${id}/refund`);
      expect(within(box).queryByRole("button")).not.toBeInTheDocument();
    });

    it("offers nothing when nothing is outstanding", async () => {
      await openOrder(1003);
      const box = summary();
      expect(terms(box)["Outstanding amount"]).toBe("$0.00");
      expect(within(box).getByText("Nothing is outstanding.")).toBeInTheDocument();
      expect(within(box).queryByRole("button")).not.toBeInTheDocument();
      expect(within(box).queryByRole("link")).not.toBeInTheDocument();
    });

    it("copies the storefront payment link for the unpaid collection", async () => {
      const { user, id } = await openOrder(1006);
      const unpaid = orderOf(1006).collections.find((c) => c.status === "not_paid")!;
      await user.click(within(summary()).getByRole("button", { name: "Copy payment link" }));

      expect(await screen.findByText(/Payment link copied/)).toBeInTheDocument();
      await expect(navigator.clipboard.readText()).resolves.toBe(
        `https://shop.example.com/payment-collection/${unpaid.id}?order_id=${id}`,
      );
    });

    it("explains which setting is missing instead of copying a broken link", async () => {
      setConfig({ storefrontUrl: "" });
      const { user } = await openOrder(1006);
      await user.click(within(summary()).getByRole("button", { name: "Copy payment link" }));

      const alert = await screen.findByText(/No storefront URL is configured/);
      expect(alert).toHaveTextContent(/storefrontUrl in config\.json/);
      expect(screen.queryByText(/Payment link copied/)).not.toBeInTheDocument();
    });
  });

  describe("payments", () => {
    it("lists each payment with its status, four figures and its refunds", async () => {
      await openOrder(1004);
      const [payId] = paymentIds(1004);
      const row = paymentRow(payId!);
      expect(
        within(row).getByRole("link", { name: paymentTitle({ provider: "pp_system_default", id: payId! }) }),
      ).toBeInTheDocument();
      expect(within(row).getByText("Partially refunded")).toBeInTheDocument();
      expect(terms(row)).toEqual({ Amount: "$75.50", Captured: "$75.50", Refunded: "$20.00", Refundable: "$55.50" });

      expect(within(row).getByRole("heading", { name: "Refunds" })).toBeInTheDocument();
      const refunds = within(row).getAllByRole("listitem");
      expect(refunds).toHaveLength(1);
      expect(refunds[0]).toHaveTextContent("Shipping Issue · “Poster arrived creased”");
      expect(refunds[0]).toHaveTextContent("−$20.00");
    });

    it("shows every payment of a multi-payment order, including canceled and marked-as-paid ones", async () => {
      await openOrder(1015);
      const [split, open, canceled, markedPaid] = paymentIds(1015);
      const expected = [
        [
          split,
          "Partially refunded",
          { Amount: "$50.00", Captured: "$50.00", Refunded: "$12.50", Refundable: "$37.50" },
        ],
        [open, "Authorized", { Amount: "$30.00", Captured: "$0.00", Refunded: "$0.00", Refundable: "$0.00" }],
        [canceled, "Canceled", { Amount: "$30.00", Captured: "$0.00", Refunded: "$0.00", Refundable: "$0.00" }],
        [markedPaid, "Captured", { Amount: "$15.00", Captured: "$15.00", Refunded: "$0.00", Refundable: "$15.00" }],
      ] as const;
      const rows = within(paymentsRegion()).getAllByRole("listitem", { name: /payment …/i });
      expect(rows.map((r) => r.getAttribute("aria-label"))).toEqual(
        expected.map(([id]) => paymentTitle({ provider: "pp_system_default", id: id! })),
      );
      for (const [id, status, figures] of expected) {
        const row = paymentRow(id!);
        expect(within(row).getByText(status, { selector: "span" })).toBeInTheDocument();
        expect(terms(row)).toEqual(figures);
      }
      expect(within(paymentRow(split!)).getByRole("listitem")).toHaveTextContent("Pricing Error · “Coaster chipped”");

      const totals = terms(paymentsRegion());
      expect(totals["Net paid"]).toBe("$52.50");
      expect(totals["Authorized, not captured"]).toBe("$30.00");
      expect(totals["Requested from the customer"]).toBe("$0.00");
    });

    it("offers Capture payment only where something is left to capture", async () => {
      await openOrder(1015);
      const [split, open, canceled, markedPaid] = paymentIds(1015);
      expect(screen.getAllByRole("button", { name: "Capture payment" })).toHaveLength(1);
      expect(within(paymentRow(open!)).getByRole("button", { name: "Capture payment" })).toBeInTheDocument();
      for (const id of [split, canceled, markedPaid]) {
        expect(within(paymentRow(id!)).queryByRole("button", { name: "Capture payment" })).not.toBeInTheDocument();
      }
    });

    it.each([
      [1001, 1],
      [1002, 1],
      [1003, 0],
      [1005, 0],
      [1010, 0],
    ])("order #%i has %i Capture payment button(s)", async (displayId, count) => {
      await openOrder(displayId);
      expect(screen.queryAllByRole("button", { name: "Capture payment" })).toHaveLength(count);
    });

    it("opens the refund panel for a payment from its actions menu", async () => {
      const { user, id, location } = await openOrder(1003);
      const [payId] = paymentIds(1003);
      const trigger = within(paymentRow(payId!)).getByRole("button", { name: "Payment actions" });
      trigger.focus();
      await user.keyboard("{Enter}");
      const menu = await screen.findByRole("menu");
      await user.click(within(menu).getByRole("menuitem", { name: "Refund" }));

      await waitFor(() => expect(location.history?.at(-1)).toBe(`/orders/${id}/refund?payment=${payId}`));
      expect(await screen.findByRole("dialog", { name: "Refund" })).toBeInTheDocument();
    });

    it("does not offer a refund for a payment with nothing captured", async () => {
      const { user } = await openOrder(1001);
      const [payId] = paymentIds(1001);
      within(paymentRow(payId!)).getByRole("button", { name: "Payment actions" }).focus();
      await user.keyboard("{Enter}");
      const menu = await screen.findByRole("menu");
      expect(within(menu).getByRole("menuitem", { name: "Refund" })).toHaveAttribute("aria-disabled", "true");
      expect(within(menu).getByRole("menuitem", { name: "View details" })).not.toHaveAttribute("aria-disabled");
    });
  });

  describe("a long history", () => {
    it("shows every payment of an order with many, the first ones at once", async () => {
      const collection = orderOf(1003).collections[0]!;
      const first = collection.payments[0]!;
      for (let i = 1; i < 30; i++)
        collection.payments.push({ ...structuredClone(first), id: `pay_extra_${String(i).padStart(2, "0")}` });
      await openOrder(1003);
      // The rest render in a transition.
      await waitFor(() =>
        expect(within(paymentsRegion()).getAllByRole("listitem", { name: /payment …/i })).toHaveLength(30),
      );
      expect(within(paymentsRegion()).queryByRole("status")).not.toBeInTheDocument();
      expect(paymentRow("pay_extra_29")).toBeInTheDocument();
    });

    it("shows the latest ten activity events and the earlier ones on request", async () => {
      const { refundPayment } = await import("../../../mocks/rules");
      const [payId] = paymentIds(1003);
      for (let i = 0; i < 12; i++) refundPayment(mock.backend.db, payId!, { amount: 100 }, null);
      const { user } = await openOrder(1003);
      const activity = screen.getByRole("region", { name: "Activity" });
      const events = () => within(activity).getAllByRole("listitem");
      expect(events()).toHaveLength(10);
      expect(events().at(-1)).toHaveTextContent("Refund");
      const earlier = within(activity).getByRole("button", { name: /^Show \d+ earlier events$/ });
      const hidden = Number(/\d+/.exec(earlier.textContent!)![0]);

      await user.click(earlier);
      expect(events()).toHaveLength(10 + hidden);
      expect(within(activity).queryByRole("button", { name: /earlier/ })).not.toBeInTheDocument();
    });
  });

  describe("when the order cannot be shown", () => {
    it("says an unknown order was not found", async () => {
      renderRoute("/orders/order_DOESNOTEXIST");
      expect(await screen.findByRole("heading", { level: 1, name: "Order not found" })).toBeInTheDocument();
      expect(screen.getByText(/There is no order with the id order_DOESNOTEXIST/)).toBeInTheDocument();
      expect(screen.getByRole("link", { name: "Back to orders" })).toHaveAttribute("href", "/orders");
      expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
    });

    it("shows the server's message for a failure and loads the order on Try again", async () => {
      mock.server.use(
        http.get(
          "*/admin/orders/:id",
          () => HttpResponse.json({ type: "unknown_error", message: "Database unavailable" }, { status: 500 }),
          {
            once: true,
          },
        ),
      );
      const id = seededOrderId(mock, 1004);
      const { user } = renderRoute(`/orders/${id}`);

      const message = await screen.findByText("Database unavailable");
      const alert = message.closest<HTMLElement>('[role="alert"]')!;
      expect(alert).not.toBeNull();
      expect(within(alert).getByRole("heading", { name: "This order could not be loaded" })).toBeInTheDocument();
      expect(screen.queryByRole("heading", { name: "Order not found" })).not.toBeInTheDocument();

      await user.click(within(alert).getByRole("button", { name: "Try again" }));
      expect(await screen.findByRole("heading", { level: 1, name: "Order #1004" })).toBeInTheDocument();
      await waitFor(() =>
        expect(mock.requests.filter((r) => r.url.pathname === `/admin/orders/${id}`)).toHaveLength(2),
      );
    });

    it("keeps the order on screen when a re-read fails, saying its figures may be out of date", async () => {
      const { client, id, user } = await openOrder(1004);
      mock.server.use(
        http.get("*/admin/orders/:id", () => HttpResponse.json({ message: "Database unavailable" }, { status: 500 }), {
          once: true,
        }),
      );
      await client.refetchQueries({ queryKey: ["orders", "detail", id] });
      const words = await screen.findByText(/These figures may be out of date/);
      const alert = words.closest<HTMLElement>('[role="alert"]')!;
      expect(alert).toHaveTextContent(
        "These figures may be out of date: the order could not be read again. Database unavailable",
      );
      expect(screen.getByRole("heading", { level: 1, name: "Order #1004" })).toBeInTheDocument();
      await user.click(within(alert).getByRole("button", { name: "Try again" }));
      await waitFor(() => expect(screen.queryByText(/These figures may be out of date/)).not.toBeInTheDocument());
    });
  });
});

describe("a response the screen cannot read", () => {
  it("shows what was wrong instead of NaN or undefined", async () => {
    const id = seededOrderId(mock, 1004);
    mock.server.use(
      http.get("*/admin/orders/:id", () =>
        HttpResponse.json({
          order: {
            id,
            display_id: 1004,
            created_at: "2026-10-01T00:00:00Z",
            currency_code: "usd",
            payment_status: "captured",
            total: "75.50",
            summary: {},
          },
        }),
      ),
    );
    renderRoute(`/orders/${id}`);
    expect(await screen.findByRole("heading", { name: "This order could not be loaded" })).toBeInTheDocument();
    expect(screen.getByText(/order\.total should be a number, not the text "75\.50"/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|undefined/);
  });
});
