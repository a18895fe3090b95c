// Medusa checks a refund against what was captured less what was refunded, but with a tolerance
// of one minor unit (a refund of 0.01 over goes through). The plugin makes the limit exact.
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import { BigNumber, ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils";
import type { BigNumberRawValue } from "@medusajs/framework/types";
import { formatAmount } from "./format-amount";

type RefundBody = { amount?: number };
type Money = { raw_amount: BigNumberRawValue };

const total = (rows: (Money | null)[] | null | undefined) =>
  (rows ?? []).reduce((sum, row) => (row ? MathBN.add(sum, new BigNumber(row.raw_amount)) : sum), MathBN.convert(0));

export async function refuseRefundAboveRefundable(
  req: MedusaRequest<RefundBody>,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const amount = req.validatedBody?.amount;
  // Without an amount Medusa refunds the whole payment and checks that itself.
  if (amount === undefined) return next();

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "currency_code", "captures.raw_amount", "refunds.raw_amount"],
    filters: { id: req.params.id },
  });
  const payment = data[0];
  // An unknown payment: Medusa answers its own 404.
  if (!payment) return next();

  const left = MathBN.sub(total(payment.captures as Money[]), total(payment.refunds as Money[]));
  if (MathBN.gt(amount, left)) {
    const shownLeft = MathBN.gt(left, 0) ? left : MathBN.convert(0);
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Refund amount ${formatAmount(amount, payment.currency_code)} is more than the ` +
        `${formatAmount(shownLeft, payment.currency_code)} left to refund on this payment.`,
    );
  }
  next();
}
