import type { ReactNode } from "react";
import { Redirect, useLocation, useSearch } from "wouter";
import { useMe } from "@/api/auth";
import { Button } from "@/components/ui/button";
import { t } from "@/i18n/i18n";
import { ApiError } from "@/lib/api-client";

/**
 * Shows the app only to a signed-in user; anyone else goes to sign in and comes back after.
 * The session check runs beside the page's own request, not before it: no waterfall on load.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const search = useSearch();
  const me = useMe();
  if (me.error instanceof ApiError && me.error.status === 401) {
    const next = location + (search ? `?${search}` : "");
    return <Redirect to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.error) {
    return (
      <div role="alert" className="mx-auto max-w-lg py-16 text-center">
        <h1 className="text-xl font-semibold">{t("app.serverNoAnswer")}</h1>
        <p className="mt-2 text-muted">{me.error.message}</p>
        <Button className="mt-6" onClick={() => me.refetch()} busy={me.isFetching}>
          {t("common.tryAgain")}
        </Button>
      </div>
    );
  }
  return children;
}
