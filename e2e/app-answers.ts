// How the app reads the answers the contract check compares (e2e/medusa/contract*.ts): its own
// schemas (src/api/schemas.ts) in the envelopes its requests get, built with the app's own zod.
// Kept outside e2e/medusa, whose own install holds another zod that must not mix with this one.
import * as z from "zod/mini";
import {
  collectionSchema,
  ORDER_LIST_FIELDS,
  orderListItemSchema,
  orderSchema,
  paymentSchema,
} from "../src/api/schemas";

export const answers = {
  payment: z.object({ payment: paymentSchema }),
  collection: z.object({ payment_collection: collectionSchema }),
  order: z.object({ order: orderSchema }),
  /** The refund panel's list: labels and descriptions (ids are compared nowhere: each side has its own). */
  reasons: z.object({
    refund_reasons: z.array(z.object({ label: z.string(), description: z.nullish(z.string()) })),
    count: z.number(),
  }),
  listPage: z.object({ orders: z.array(orderListItemSchema), count: z.number() }),
};
export type Answer = (typeof answers)[keyof typeof answers];
export type ListRow = z.infer<typeof orderListItemSchema>;

/** The app asks Medusa's list for exactly the fields its list schema reads (src/api/order-list.ts). */
export const LIST_FIELDS = ORDER_LIST_FIELDS;

/** What the app sees of an answer: the schema's parse, or the reasons it would not parse. */
export function appView(schema: Answer, body: unknown): unknown {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  return { unreadableByTheApp: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}
