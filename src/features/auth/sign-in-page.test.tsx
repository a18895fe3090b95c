import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { signOut } from "@/api/auth";
import { auth } from "@/lib/api-client";
import { renderRoute, seededOrderId, setupMockBackend } from "@/test/render";

const mock = setupMockBackend();

describe("signing in", () => {
  it("sends a signed-out visitor to sign in, then back to the page they asked for", async () => {
    auth.token = null;
    const id = seededOrderId(mock, 1003);
    const { user, location } = renderRoute(`/orders/${id}`, { signedIn: false });

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(location.history?.at(-1)).toBe(`/sign-in?next=${encodeURIComponent(`/orders/${id}`)}`);

    await user.type(screen.getByLabelText("Email"), "admin@example.com");
    await user.type(screen.getByLabelText("Password"), "supersecret");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Order #1003" })).toBeInTheDocument();
    const posts = mock.requests.filter((r) => r.method === "POST").map((r) => r.url.pathname);
    expect(posts).toEqual(["/auth/user/emailpass", "/auth/session"]);
  });

  it("shows the server's message for a wrong password and keeps the email", async () => {
    auth.token = null;
    const { user } = renderRoute("/sign-in", { signedIn: false });
    await user.type(screen.getByLabelText("Email"), "admin@example.com");
    await user.type(screen.getByLabelText("Password"), "wrong");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Invalid email or password")).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveValue("admin@example.com");
  });

  it("asks for the fields it needs before calling the server", async () => {
    auth.token = null;
    const { user } = renderRoute("/sign-in", { signedIn: false });
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Enter your email address.")).toBeInTheDocument();
    expect(screen.getByText("Enter your password.")).toBeInTheDocument();
    expect(mock.requests.filter((r) => r.method === "POST")).toHaveLength(0);
  });

  it("never follows a next= link off the site", async () => {
    auth.token = null;
    const { user, location } = renderRoute(`/sign-in?next=${encodeURIComponent("//evil.example")}`, {
      signedIn: false,
    });
    await user.type(screen.getByLabelText("Email"), "admin@example.com");
    await user.type(screen.getByLabelText("Password"), "supersecret");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(location.history?.at(-1)).toBe("/orders"));
  });
});

describe("why the sign-in page is showing", () => {
  const ENDED = "Your session ended. Sign in to continue.";
  // Each test starts from its own session alone: neither the cookie sessions earlier tests left
  // in the store nor their marks in this browser's record of its session count.
  beforeEach(() => {
    mock.backend.db.tokens = [auth.token!];
    localStorage.clear();
  });

  /** This tab had a working session: the app loaded with it and the server accepted it. */
  async function workingSession() {
    const first = renderRoute("/orders", { signedIn: false });
    expect(await screen.findByRole("heading", { level: 1, name: "Orders" })).toBeInTheDocument();
    first.unmount();
  }

  it("says the session ended when the server refuses a session this tab had", async () => {
    await workingSession();
    mock.backend.db.tokens = []; // the session expired on the server
    const id = seededOrderId(mock, 1003);
    const { user } = renderRoute(`/orders/${id}`, { signedIn: false });
    expect(await screen.findByText(ENDED)).toBeInTheDocument();

    await user.type(screen.getByLabelText("Email"), "admin@example.com");
    await user.type(screen.getByLabelText("Password"), "supersecret");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Order #1003" })).toBeInTheDocument();
  });

  it("gives no reason on a plain visit", async () => {
    auth.token = null;
    renderRoute("/orders", { signedIn: false });
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(screen.queryByText(ENDED)).not.toBeInTheDocument();
    expect(screen.queryByText("You signed out.")).not.toBeInTheDocument();
  });

  it("does not blame the session when the merchant opens the sign-in page while signed in", async () => {
    await workingSession();
    renderRoute("/sign-in", { signedIn: false });
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(screen.queryByText(ENDED)).not.toBeInTheDocument();
  });

  it("after Sign out, says so instead, also on the way back to a page", async () => {
    await workingSession();
    await signOut();
    expect(mock.requests.filter((r) => r.method === "DELETE").map((r) => r.url.pathname)).toEqual(["/auth/session"]);
    renderRoute("/orders", { signedIn: false });
    expect(await screen.findByText("You signed out.")).toBeInTheDocument();
    expect(screen.queryByText(ENDED)).not.toBeInTheDocument();
  });
});

describe("a half-filled refund", () => {
  it("is still there after a detour through sign-in", async () => {
    const id = seededOrderId(mock, 1003);
    const first = renderRoute(`/orders/${id}/refund`);
    const drawer = await screen.findByRole("dialog", { name: "Refund" });
    const amount = await within(drawer).findByRole("textbox", { name: "Amount" });
    await first.user.clear(amount);
    await first.user.type(amount, "12.34");
    await first.user.type(within(drawer).getByRole("textbox", { name: "Note" }), "Lid scratched");
    // The session expired: the app left for the sign-in page, to come back to this panel. A draft
    // is kept only for that detour, read from the browser's address as the 401 redirect sets it.
    history.replaceState(null, "", `/sign-in?next=${encodeURIComponent(`/orders/${id}/refund`)}`);
    first.unmount();

    const again = renderRoute(`/orders/${id}/refund`);
    const back = await screen.findByRole("dialog", { name: "Refund" });
    expect(await within(back).findByRole("textbox", { name: "Amount" })).toHaveValue("12.34");
    expect(within(back).getByRole("textbox", { name: "Note" })).toHaveValue("Lid scratched");
    await again.user.click(within(back).getByRole("button", { name: "Cancel" }));
    expect(sessionStorage.getItem("refund-draft")).toBeNull();
    history.replaceState(null, "", "/");
  });
});

describe("an unreachable server", () => {
  it("says what to check: the backend URL and the server's CORS settings", async () => {
    const { http, HttpResponse } = await import("msw");
    mock.server.use(http.get("*/admin/users/me", () => HttpResponse.error()));
    renderRoute("/orders", { signedIn: false });
    const alert = await screen.findByRole("heading", { name: "The store's server did not answer" });
    expect(alert.parentElement).toHaveTextContent(/backend URL setting/);
    expect(alert.parentElement).toHaveTextContent(/ADMIN_CORS and AUTH_CORS include/);
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
