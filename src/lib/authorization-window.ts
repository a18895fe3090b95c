// When a card authorization lapses, and how to say it. Providers hold an authorization for a
// number of days (config.json's authorizationDays; most cards 7), then release the money: what
// was not captured by then is lost to the merchant.
import { t } from "@/i18n/i18n";
import { getConfig } from "./config";

const DAY_MS = 86_400_000;

/** How many days `provider` holds an authorization: its own setting, else the default. */
export function windowDays(provider: string, days = getConfig().authorizationDays): number {
  return days[provider] ?? days.default ?? 7;
}

/** The moment an authorization made at `authorizedAt` lapses. */
export const expiresAt = (authorizedAt: string, provider: string) =>
  new Date(Date.parse(authorizedAt) + windowDays(provider) * DAY_MS).toISOString();

/** Whole calendar days from `now` to `then`, in the merchant's own time zone. */
function calendarDays(then: Date, now: Date) {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(then) - day(now)) / DAY_MS);
}

export type Expiry = { lapsed: boolean; days: number; label: string; tone: "danger" | "warning" | "neutral" };

/** "Expired", "Expires today", "Expires tomorrow", "Expires in 3 days": warning from 2 days left. */
export function expiry(expiresAtIso: string, now = new Date()): Expiry {
  const then = new Date(expiresAtIso);
  if (then.getTime() <= now.getTime()) return { lapsed: true, days: 0, label: t("order.expired"), tone: "danger" };
  const days = calendarDays(then, now);
  const label =
    days === 0 ? t("order.expiresToday") : days === 1 ? t("order.expiresTomorrow") : t("order.expiresInDays", { days });
  return { lapsed: false, days, label, tone: days <= 2 ? "warning" : "neutral" };
}
