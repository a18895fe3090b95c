import { useIsMutating, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { Link, useLocation } from "wouter";
import { meQueryOptions, signOut } from "@/api/auth";
import { captureCountQueryOptions } from "@/api/capture-queue";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { t } from "@/i18n/i18n";
import { ApiError } from "@/lib/api-client";
import { formatCount } from "@/lib/format";
import { whenIdle } from "./perf/idle";
import { LanguagePicker } from "./language-picker";
import { ShortcutsHelp } from "./shortcuts-help";

export function Layout({ children }: { children: ReactNode }) {
  useWarnBeforeLeavingWhileSending();
  const [help, setHelp] = useState(false);
  useShortcuts({ "?": () => setHelp(true) });
  return (
    <div className="min-h-screen">
      <header className="border-b border-line bg-surface">
        {/* On a phone the demo's strip folds onto a second line: the nav and Sign out keep the first. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          {/* Longer words (German) fold the nav's last link onto a line of its own on a phone, instead of a page wider than the screen. */}
          <nav aria-label={t("app.mainNav")} className="flex flex-wrap items-center gap-x-4 gap-y-1 sm:gap-x-6">
            <Link href="/orders" className="font-semibold whitespace-nowrap">
              {t("app.brand")}
            </Link>
            <Link href="/orders" className="text-sm text-muted hover:text-ink">
              {t("app.navOrders")}
            </Link>
            <CaptureLink />
          </nav>
          {/* A box on wide screens; on a phone its parts join the rows: Sign out beside the nav, the demo strip below. */}
          <div className="contents sm:ms-auto sm:flex sm:items-center sm:gap-3">
            {import.meta.env.MODE === "demo" && <DemoControls />}
            <div className="ms-auto flex min-w-0 items-center gap-3 sm:ms-0">
              <LanguagePicker />
              <Account />
            </div>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
    </div>
  );
}

/**
 * "To capture" with how many payments wait. The count is asked for once the page is idle, so it
 * never delays the screen, and again on each navigation once a money move has made it stale.
 */
function CaptureLink() {
  const [location] = useLocation();
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  const signedIn = location !== "/sign-in";
  return (
    <Link href="/to-capture" className="text-sm whitespace-nowrap text-muted hover:text-ink">
      {t("app.navToCapture")}
      {idle && signedIn && <CaptureCount key={location} />}
    </Link>
  );
}

function CaptureCount() {
  const { data } = useQuery(captureCountQueryOptions());
  if (!data?.rows) return null;
  return (
    <span className="ms-1.5 rounded-full bg-gray-100 px-1.5 py-0.5 text-xs font-medium text-ink tabular-nums">
      <span aria-hidden>{formatCount(data.count)}</span>
      <span className="sr-only"> {t("app.captureCount", { count: data.count })}</span>
    </span>
  );
}

/** Closing or reloading the tab while money is in flight asks first, instead of failing silently. */
function useWarnBeforeLeavingWhileSending() {
  const sending = useIsMutating() > 0;
  useEffect(() => {
    if (!sending) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [sending]);
}

function Account() {
  const [location] = useLocation();
  const { data: me } = useQuery({ ...meQueryOptions(), enabled: location !== "/sign-in" });
  if (!me || location === "/sign-in") return null;
  // Whatever the server says, this browser forgets the session and everything else (./forget.ts).
  // Only the server can end its session, so a sign-out it did not confirm is said (a 401: none left).
  const out = () =>
    signOut().catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) return;
      toast(t("auth.signOutUnconfirmed"), "error");
    });
  return (
    <>
      <span title={me.email} className="hidden max-w-64 truncate text-sm text-muted sm:inline">
        {me.email}
      </span>
      <Button size="sm" variant="ghost" onClick={out}>
        {t("auth.signOut")}
      </Button>
    </>
  );
}

/** Putting the sample orders back erases what the merchant did in the demo, so it asks first. */
function DemoControls() {
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  async function reset() {
    setBusy(true);
    try {
      const res = await fetch("/__demo/reset", { method: "POST" });
      if (!res.ok) throw new Error(`reset answered ${res.status}`);
      await client.resetQueries();
      toast(t("app.demoResetDone"), "info");
    } catch {
      toast(t("app.demoResetFailed"), "error");
    } finally {
      setBusy(false);
      setAsking(false);
    }
  }
  return (
    <div className="order-last flex basis-full items-center justify-between gap-3 sm:order-none sm:basis-auto">
      <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
        {t("app.demoBadge")}
      </span>
      <Button size="sm" className="shrink-0 whitespace-nowrap" onClick={() => setAsking(true)}>
        {t("app.demoReset")}
      </Button>
      {asking && (
        <ConfirmDialog
          title={t("app.demoResetTitle")}
          description={t("app.demoResetDescription")}
          confirmLabel={t("app.demoResetConfirm")}
          tone="danger"
          busy={busy}
          onConfirm={reset}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}
