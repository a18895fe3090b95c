import { defaultLocale } from "./money";

const dateTime = new Map<string, Intl.DateTimeFormat>();

function formatter(style: "date" | "datetime") {
  const key = `${defaultLocale()}|${style}`;
  let f = dateTime.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      defaultLocale(),
      style === "date" ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" },
    );
    dateTime.set(key, f);
  }
  return f;
}

export const formatDate = (iso: string | null | undefined) => (iso ? formatter("date").format(new Date(iso)) : "—");
export const formatDateTime = (iso: string | null | undefined) =>
  iso ? formatter("datetime").format(new Date(iso)) : "—";

/** "pp_system_default" -> "System default"; "pp_stripe_stripe" -> "Stripe". */
export function providerName(id: string) {
  if (!id) return "Unknown provider";
  if (id === "pp_system_default") return "Manual (system)";
  const parts = id.replace(/^pp_/, "").split("_");
  const name = parts[0] ?? id;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
