// What the app keeps between requests, and when it lets go of it. The session's own traces (the
// token, the mark) are auth's (api/auth.ts); these are the rest: every order, list and reason in
// the query cache, the refund draft in sessionStorage, note included, and the list's last address
// (its search may hold a customer's email).
import type { QueryClient } from "@tanstack/react-query";
import { navigate } from "wouter/use-browser-location";
import type { SessionChange } from "@/api/auth";
import { clearDraft } from "@/features/refund/refund-draft";
import { basePath } from "@/lib/base-path";
import { rememberListAddress } from "@/lib/list-address";

export function forgetFor(change: SessionChange, client: QueryClient) {
  if (change === "signed-in") return;
  // Off the page first: a screen left mounted over an empty cache would ask the server again.
  if (change === "signed-out") navigate(`${basePath()}/sign-in`, { replace: true });
  client.clear();
  clearDraft();
  rememberListAddress("");
}
