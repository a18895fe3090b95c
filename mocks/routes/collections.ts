// Payment collections: a new one for an amount still due, deleting one, and marking one as paid.
import { http, type HttpHandler } from "msw";
import { checkOrderOpen } from "../plugin";
import { createCollection, deleteCollection, markAsPaid, requireCollection } from "../rules";
import { collectionWriteJson } from "../serialize";
import { validate, validateBody } from "../validate";
import { minorAmount, type Context } from "./admin";

const MARK_PAID_BODY = { order_id: { type: "string", required: true } } as const;

export function collectionHandlers({ db, admin }: Context): HttpHandler[] {
  return [
    http.post(
      "*/admin/payment-collections",
      admin(({ body }) => {
        const input = validateBody<{ order_id: string; amount: number }>(body, {
          order_id: { type: "string", required: true },
          amount: { type: "number", required: true },
        });
        // An unknown order is refused by the rule itself, with Medusa's 404, after the amount is read.
        const currency = db().orders.find((o) => o.id === input.order_id)?.currency_code;
        const collection = createCollection(db(), input.order_id, minorAmount(input.amount, currency)!);
        return { payment_collection: collectionWriteJson(db(), collection) };
      }),
    ),
    http.delete(
      "*/admin/payment-collections/:id",
      admin(({ params }) => {
        deleteCollection(db(), params.id!);
        return { id: params.id, object: "payment-collection", deleted: true };
      }),
    ),
    http.post(
      "*/admin/payment-collections/:id/mark-as-paid",
      admin(({ params, body, userId }) => {
        validateBody(body, MARK_PAID_BODY);
        checkOrderOpen(db(), requireCollection(db(), params.id!).order, "marked as paid");
        return { payment_collection: collectionWriteJson(db(), markAsPaid(db(), params.id!, userId)) };
      }, validate(MARK_PAID_BODY)),
    ),
  ];
}
