// Payments: providers, one payment, capture and refund, and the reasons a refund can give.
import { http, type HttpHandler } from "msw";
import { findPayment } from "../db";
import { checkOrderOpen, checkRefundLimit } from "../plugin";
import { capturePayment, refundPayment, requirePayment } from "../rules";
import { paymentDefaultJson, paymentJson } from "../serialize";
import { validate, validateBody } from "../validate";
import { minorAmount, pageOf, type Context } from "./admin";

const CAPTURE_BODY = { amount: { type: "number", positive: true } } as const;
const REFUND_BODY = {
  amount: { type: "number", positive: true },
  refund_reason_id: { type: "string" },
  note: { type: "string" },
} as const;

export function paymentHandlers({ db, admin }: Context): HttpHandler[] {
  // An unknown payment is refused by the rule itself, with Medusa's 404, after the amount is read.
  const amountFor = (paymentId: string, amount: number | undefined) =>
    minorAmount(amount, findPayment(db(), paymentId)?.payment.currency_code);

  return [
    http.get(
      "*/admin/payments/payment-providers",
      admin(() => ({
        payment_providers: [{ id: "pp_system_default", is_enabled: true }],
        count: 1,
        offset: 0,
        limit: 20,
      })),
    ),
    http.get(
      "*/admin/payments/:id",
      admin(({ request, params }) => {
        const { payment } = requirePayment(db(), params.id!);
        // Without `fields` Medusa sends its short default shape; with them, what was asked (here: everything).
        const fields = new URL(request.url).searchParams.get("fields");
        return { payment: fields ? paymentJson(db(), payment) : paymentDefaultJson(db(), payment) };
      }),
    ),
    http.post(
      "*/admin/payments/:id/capture",
      admin(({ params, body, userId }) => {
        const input = validateBody<{ amount?: number }>(body, CAPTURE_BODY);
        const amount = amountFor(params.id!, input.amount);
        checkOrderOpen(db(), requirePayment(db(), params.id!).order, "captured");
        const payment = capturePayment(db(), params.id!, amount, userId);
        return { payment: paymentDefaultJson(db(), payment) };
      }, validate(CAPTURE_BODY)),
    ),
    http.post(
      "*/admin/payments/:id/refund",
      admin(({ params, body, userId }) => {
        const input = validateBody<{ amount?: number; note?: string; refund_reason_id?: string }>(body, REFUND_BODY);
        const amount = amountFor(params.id!, input.amount);
        checkRefundLimit(db(), requirePayment(db(), params.id!).payment, amount);
        const payment = refundPayment(db(), params.id!, { ...input, amount }, userId);
        return { payment: paymentDefaultJson(db(), payment) };
      }, validate(REFUND_BODY)),
    ),
    http.get(
      "*/admin/refund-reasons",
      admin(({ request }) => {
        const { limit, offset } = pageOf(new URL(request.url), 15); // Medusa's default page here is 15
        const reasons = db().reasons;
        return { refund_reasons: reasons.slice(offset, offset + limit), count: reasons.length, offset, limit };
      }),
    ),
  ];
}
