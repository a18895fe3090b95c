// The panel's draft against the browser's own address bar (jsdom's history), as in the app: it is
// settled by where the browser went when the panel closed. The order page is a stand-in offering
// the two ways in; sign-in is a stand-in that goes back to `next`, as the sign-in page does.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Route, Switch, useParams, useSearch } from "wouter";
import { navigate } from "wouter/use-browser-location";
import { setUnauthorizedHandler } from "@/lib/api-client";
import { setupMockBackend } from "@/test/render";
import { RefundDrawer } from "./refund-drawer";

const mock = setupMockBackend();

function SignInStandIn() {
  const next = new URLSearchParams(useSearch()).get("next") ?? "/";
  return (
    <button type="button" onClick={() => navigate(next, { replace: true })}>
      Sign in
    </button>
  );
}

/** The order page with the panel over it at /refund, as in routes.tsx. */
function OrderStandIn() {
  const params = useParams<{ id: string; "*"?: string }>();
  const panelOpen = params["*"] === "refund";
  return (
    <>
      <h1>Order</h1>
      {panelOpen && <RefundDrawer orderId={params.id} />}
    </>
  );
}

function renderAt(path: string) {
  history.replaceState(null, "", path);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const view = render(
    <QueryClientProvider client={client}>
      <Switch>
        <Route path="/sign-in" component={SignInStandIn} />
        <Route path="/orders/:id/*?" component={OrderStandIn} />
      </Switch>
    </QueryClientProvider>,
  );
  return { ...view, user: userEvent.setup() };
}

const orderOf = (displayId: number) => mock.backend.db.orders.find((o) => o.display_id === displayId)!;
const address = () => window.location.pathname + window.location.search;

/** Opens the panel as a click on a link would: a new entry in the browser's history. */
async function open(path: string) {
  act(() => navigate(path));
  const drawer = await screen.findByRole("dialog", { name: "Refund" });
  const amount = await within(drawer).findByRole("textbox", { name: "Amount" });
  return {
    drawer,
    amount,
    payment: within(drawer).getByRole("combobox", { name: "Payment" }),
    note: within(drawer).getByRole("textbox", { name: "Note" }),
  };
}

/** Types a refund above what is owed, confirms it, and meets a 401 on sending: to sign in and back. */
async function typeThenSignIn(user: ReturnType<typeof userEvent.setup>, form: Awaited<ReturnType<typeof open>>) {
  await user.clear(form.amount);
  await user.type(form.amount, "100");
  await user.click(form.note);
  await user.paste("Goodwill for the delay");
  await user.click(within(form.drawer).getByRole("checkbox", { name: "Yes, I mean this amount" }));
  mock.server.use(
    http.post("*/admin/payments/:id/refund", () => HttpResponse.json({ message: "Unauthorized" }, { status: 401 }), {
      once: true,
    }),
  );
  await user.click(within(form.drawer).getByRole("button", { name: "Refund $100.00" }));
  await user.click(await screen.findByRole("button", { name: "Sign in" }));
}

/** Browser Back: the panel goes, and nothing it typed stays behind in the tab. */
async function goBack() {
  act(() => history.back());
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  expect(sessionStorage.getItem("refund-draft")).toBeNull();
}

beforeEach(() => {
  // As app.tsx does on a 401: to sign in, then back to the same address.
  setUnauthorizedHandler(() => {
    const here = window.location.pathname + window.location.search;
    if (window.location.pathname !== "/sign-in")
      navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
  });
});
afterEach(() => setUnauthorizedHandler(undefined));

describe("refund drafts", () => {
  it("#1007: Back from a payment's panel, then the Summary's Refund, starts from what is owed", async () => {
    const order = orderOf(1007);
    const { user } = renderAt(`/orders/${order.id}`);
    const first = await open(`/orders/${order.id}/refund?payment=${order.collections[0]!.payments[0]!.id}`);
    await user.clear(first.amount);
    await user.type(first.amount, "100");
    await goBack();

    const { drawer, amount } = await open(`/orders/${order.id}/refund`);
    expect(amount).toHaveValue("30.00");
    expect(within(drawer).getByRole("button", { name: "Refund $30.00" })).toBeInTheDocument();
    expect(within(drawer).queryByRole("group", { name: "Overpayment" })).not.toBeInTheDocument();
  });

  it("#1015: Back from one payment's panel, then another payment's, opens that payment afresh", async () => {
    const order = orderOf(1015);
    const [a, b] = [order.collections[0]!.payments[0]!.id, order.collections[1]!.payments[0]!.id];
    const { user } = renderAt(`/orders/${order.id}`);
    const first = await open(`/orders/${order.id}/refund?payment=${a}`);
    expect(first.payment).toHaveValue(a);
    await user.clear(first.amount);
    await user.type(first.amount, "7");
    await user.type(first.note, "Coaster chipped");
    await goBack();

    const second = await open(`/orders/${order.id}/refund?payment=${b}`);
    expect(second.payment).toHaveValue(b);
    expect(second.amount).toHaveValue("15.00");
    expect(second.note).toHaveValue("");
  });

  it("Escape and Cancel forget what was typed", async () => {
    const order = orderOf(1003);
    const panel = `/orders/${order.id}/refund?payment=${order.collections[0]!.payments[0]!.id}`;
    const { user } = renderAt(`/orders/${order.id}`);
    let form = await open(panel);
    await user.clear(form.amount);
    await user.type(form.amount, "7");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    form = await open(panel);
    expect(form.amount).toHaveValue("89.90");

    await user.type(form.note, "Wrong size");
    await user.click(within(form.drawer).getByRole("button", { name: "Cancel" }));
    form = await open(panel);
    expect(form.note).toHaveValue("");
  });

  it("keeps a draft through a 401 and brings it back to the same way in, without the overpay tick", async () => {
    const order = orderOf(1007);
    const summaryWay = `/orders/${order.id}/refund`;
    const { user } = renderAt(`/orders/${order.id}`);
    await typeThenSignIn(user, await open(summaryWay));

    expect(address()).toBe(summaryWay);
    const drawer = await screen.findByRole("dialog", { name: "Refund" });
    expect(await within(drawer).findByRole("textbox", { name: "Amount" })).toHaveValue("100");
    expect(within(drawer).getByRole("textbox", { name: "Note" })).toHaveValue("Goodwill for the delay");
    expect(within(drawer).getByRole("checkbox", { name: "Yes, I mean this amount" })).not.toBeChecked();
  });

  it("after a 401 detour, Back drops the draft and another way in starts afresh", async () => {
    const order = orderOf(1007);
    const summaryWay = `/orders/${order.id}/refund`;
    const { user } = renderAt(`/orders/${order.id}`);
    await typeThenSignIn(user, await open(summaryWay));
    expect(await screen.findByRole("textbox", { name: "Amount" })).toHaveValue("100");

    await goBack();
    const row = await open(`/orders/${order.id}/refund?payment=${order.collections[0]!.payments[0]!.id}`);
    expect(row.amount).toHaveValue("30.00");
    await goBack();
    expect((await open(summaryWay)).amount).toHaveValue("30.00");
  });

  it("does not refill a panel opened again at the same address without a sign-in", async () => {
    const order = orderOf(1003);
    const panel = `/orders/${order.id}/refund?payment=${order.collections[0]!.payments[0]!.id}`;
    const first = renderAt(panel);
    const amount = await screen.findByRole("textbox", { name: "Amount" });
    await first.user.clear(amount);
    await first.user.type(amount, "7");
    first.unmount(); // a reload: the address stays, the page goes
    renderAt(panel);
    expect(await screen.findByRole("textbox", { name: "Amount" })).toHaveValue("89.90");
  });
});
