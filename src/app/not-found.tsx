import { Link } from "wouter";
import { t } from "@/i18n/i18n";

export function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <title>{t("app.brand")}</title>
      <h1 className="text-2xl font-semibold">{t("app.notFoundTitle")}</h1>
      <p className="mt-2 text-muted">{t("app.notFoundDetail")}</p>
      <Link href="/orders" className="mt-6 inline-block font-medium text-accent underline">
        {t("app.notFoundLink")}
      </Link>
    </div>
  );
}
