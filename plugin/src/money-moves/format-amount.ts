import { MathBN, defaultCurrencies } from "@medusajs/framework/utils";
import type { BigNumberInput } from "@medusajs/framework/types";

/**
 * A plain decimal with the currency's digits ("34.00" for USD, "5" for JPY), never fewer digits
 * than the amount itself has, so a refusal never shows a rounded figure as if it were the input.
 */
export function formatAmount(amount: BigNumberInput, currencyCode: string): string {
  const value = MathBN.convert(amount);
  const digits = defaultCurrencies[currencyCode.toUpperCase()]?.decimal_digits ?? 2;
  return value.toFixed(Math.max(digits, value.decimalPlaces() ?? 0));
}
