// Sign-out leaves nothing a next person at this computer could read: no token, no session mark,
// no refund draft or note, no order in memory. The app as it runs (routes, header, the 401
// redirect) on the browser's own address bar (jsdom's history) and storage.
import { QueryClient } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, it } from "vitest";
import { saveDraft } from "@/features/refund/refund-draft";
import { seededOrderId, setupMockBackend } from "@/test/render";
import { App } from "./app";

const mock = setupMockBackend();
const NOTE = "Lid scratched, customer in tears";

afterEach(() => {
  localStorage.clear();
  history.replaceState(null, "", "/");
});

function renderApp(path: string) {
  history.replaceState(null, "", path);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(<App client={client} />);
  return { client, user: userEvent.setup() };
}

// Not the app's: msw/node keeps the mock server's cookie jar in localStorage. In a browser the
// session cookie is HttpOnly, beyond any script's reach, and sign-out has the server expire it.
const MOCK_COOKIE_JAR = "__msw-cookie-store__";

/** Every key and value the app keeps for the page's origin, as a next user could list them. */
const stored = () =>
  [localStorage, sessionStorage].flatMap((store) =>
    Object.keys(store)
      .filter((key) => key !== MOCK_COOKIE_JAR)
      .map((key) => `${key}=${store.getItem(key)}`),
  );

/** What the query cache still holds an answer for (the sign-in page's own queries hold none). */
const remembered = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.data !== undefined)
    .map((query) => query.queryKey);

async function openPanelWithNote(user: ReturnType<typeof userEvent.setup>) {
  const drawer = await screen.findByRole("dialog", { name: "Refund" });
  await user.type(await within(drawer).findByRole("textbox", { name: "Note" }), NOTE);
  expect(stored().some((entry) => entry.includes(NOTE))).toBe(true); // the draft, as typed
  return drawer;
}

async function signInAs(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  await user.clear(screen.getByLabelText("Email"));
  await user.type(screen.getByLabelText("Email"), email);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

/** The refund panel at `address`, as the sign-in page's `next` or a link brings it back. */
async function noteAt(address: string) {
  history.pushState(null, "", address);
  dispatchEvent(new PopStateEvent("popstate"));
  const drawer = await screen.findByRole("dialog", { name: "Refund" });
  return within(drawer).findByRole("textbox", { name: "Note" });
}

it("Sign out forgets the token, the session mark, a draft and every order, and the server ends the session", async () => {
  const id = seededOrderId(mock, 1003);
  const { client, user } = renderApp(`/orders/${id}`);
  expect(await screen.findByRole("heading", { level: 1, name: "Order #1003" })).toBeInTheDocument();
  saveDraft(`/orders/${id}/refund`, { amount: "12.34", note: NOTE }); // what a panel left in this tab
  expect(stored().length).toBeGreaterThanOrEqual(3); // the token, the session mark, the draft

  await user.click(screen.getByRole("button", { name: "Sign out" }));
  expect(await screen.findByText("You signed out.")).toBeInTheDocument();
  expect(stored()).toEqual([]);
  expect(remembered(client)).toEqual([]);
  expect(mock.requests.filter((r) => r.method === "DELETE").map((r) => r.url.pathname)).toEqual(["/auth/session"]);

  await signInAs(user, "admin@example.com", "supersecret");
  expect(await screen.findByRole("heading", { level: 1, name: "Orders" })).toBeInTheDocument();
  expect(await noteAt(`/orders/${id}/refund`)).toHaveValue("");
});

it("a sign-out in another tab closes this one's refund panel and forgets its note", async () => {
  const id = seededOrderId(mock, 1003);
  const { client, user } = renderApp(`/orders/${id}/refund`);
  await openPanelWithNote(user);

  // What the other tab's Sign out sends to the app's tabs.
  const otherTab = new BroadcastChannel("order-payments-session");
  otherTab.postMessage("signed-out");
  otherTab.close();
  expect(await screen.findByText("You signed out.")).toBeInTheDocument();
  expect(screen.queryByRole("dialog", { name: "Refund" })).not.toBeInTheDocument();
  expect(stored()).toEqual([]);
  expect(remembered(client)).toEqual([]);

  await signInAs(user, "admin@example.com", "supersecret");
  expect(await screen.findByRole("heading", { level: 1, name: "Orders" })).toBeInTheDocument();
  expect(await noteAt(`/orders/${id}/refund`)).toHaveValue("");
});

it("after an expired session the draft comes back to the same person only", async () => {
  mock.backend.db.users.push({ ...mock.backend.db.users[0]!, id: "user_clerk", email: "clerk@example.com" });
  const id = seededOrderId(mock, 1007); // the customer is owed 30.00: a refund with no second question
  const { user } = renderApp(`/orders/${id}/refund`);
  let drawer = await openPanelWithNote(user);

  // The session ends on the server; the next request is refused and the app goes to sign in.
  mock.backend.db.tokens = [];
  await user.click(within(drawer).getByRole("button", { name: /^Refund \$/ }));
  expect(await screen.findByText("Your session ended. Sign in to continue.")).toBeInTheDocument();
  await signInAs(user, "admin@example.com", "supersecret");
  drawer = await screen.findByRole("dialog", { name: "Refund" });
  expect(await within(drawer).findByRole("textbox", { name: "Note" })).toHaveValue(NOTE);

  // Again, and this time a colleague signs in at this computer: the panel starts afresh.
  mock.backend.db.tokens = [];
  await user.click(within(drawer).getByRole("button", { name: /^Refund \$/ }));
  expect(await screen.findByText("Your session ended. Sign in to continue.")).toBeInTheDocument();
  await signInAs(user, "clerk@example.com", "supersecret");
  drawer = await screen.findByRole("dialog", { name: "Refund" });
  expect(await within(drawer).findByRole("textbox", { name: "Note" })).toHaveValue("");
  expect(stored().some((entry) => entry.includes(NOTE))).toBe(false);
});

it("Sign out forgets the list's last search, which may name a customer", async () => {
  const id = seededOrderId(mock, 1003);
  const { user } = renderApp("/orders?q=grace%40example.com");
  expect(await screen.findByRole("heading", { level: 1, name: "Orders" })).toBeInTheDocument();
  await user.click(await screen.findByRole("button", { name: "Sign out" }));
  expect(await screen.findByText("You signed out.")).toBeInTheDocument();
  // The next person signs in from a link to an order, never passing the list.
  history.pushState(null, "", `/sign-in?next=${encodeURIComponent(`/orders/${id}`)}`);
  dispatchEvent(new PopStateEvent("popstate"));
  await signInAs(user, "admin@example.com", "supersecret");
  expect(await screen.findByRole("heading", { level: 1, name: "Order #1003" })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "← Orders" })).toHaveAttribute("href", "/orders");
});
