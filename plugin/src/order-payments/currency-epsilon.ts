// The tolerance Medusa allows when it decides a collection is fully captured or refunded:
// one minor unit of the order's currency (getEpsilonFromDecimalPrecision), and
// MEDUSA_DEFAULT_CURRENCY_EPSILON for a currency it does not know.
import { MEDUSA_DEFAULT_CURRENCY_EPSILON, defaultCurrencies } from "@medusajs/framework/utils";

/** Upper-case currency code -> epsilon as a decimal string, sent to SQL as one jsonb value. */
export const CURRENCY_EPSILONS: string = JSON.stringify(
  Object.fromEntries(
    Object.entries(defaultCurrencies).map(([code, currency]) => [
      code.toUpperCase(),
      // 1 / 10^digits written out exactly ("0.01", "1"), never through float division.
      currency.decimal_digits > 0 ? `0.${"0".repeat(currency.decimal_digits - 1)}1` : "1",
    ]),
  ),
);

export const DEFAULT_EPSILON: string = MEDUSA_DEFAULT_CURRENCY_EPSILON.toString();
