// The tolerance Medusa allows when it decides a collection is fully captured or refunded:
// one minor unit of the order's currency (getEpsilonFromDecimalPrecision), and
// MEDUSA_DEFAULT_CURRENCY_EPSILON for a currency it does not know.
import { MEDUSA_DEFAULT_CURRENCY_EPSILON, defaultCurrencies } from "@medusajs/framework/utils";

// 1 / 10^digits written out exactly ("0.01", "1"), never through float division.
const epsilonOf = (digits: number) => (digits > 0 ? `0.${"0".repeat(digits - 1)}1` : "1");

/**
 * A SQL expression giving the epsilon for `currencyColumn`, as literals: it also lives in the
 * trigger function (stored-status-sql.ts), where there are no bindings. Codes are Medusa's own
 * (upper-case letters only), so they are safe to inline.
 */
export function epsilonSql(currencyColumn: string): string {
  const byEpsilon = new Map<string, string[]>();
  for (const [code, currency] of Object.entries(defaultCurrencies)) {
    const eps = epsilonOf(currency.decimal_digits);
    byEpsilon.set(eps, [...(byEpsilon.get(eps) ?? []), `'${code.toUpperCase().replace(/[^A-Z]/g, "")}'`]);
  }
  const code = `upper(${currencyColumn})`;
  const whens = [...byEpsilon].map(([eps, codes]) => `WHEN ${code} IN (${codes.join(",")}) THEN ${eps}::numeric`);
  const fallback = MEDUSA_DEFAULT_CURRENCY_EPSILON.toString().replace(/[^0-9.]/g, "");
  return `CASE ${whens.join(" ")} ELSE ${fallback}::numeric END`;
}
