// The query GET /admin/order-payments/to-capture accepts, validated the way Medusa validates its
// own list routes (a zod error becomes a 400 invalid_data "Invalid request: ...").
import { z } from "@medusajs/framework/zod";

export const CAPTURE_QUEUE_MAX_LIMIT = 100;
/** Card networks hold an authorization for days, not years: a longer window is a typo. */
export const MAX_WINDOW_DAYS = 365;

// Query strings carry numbers as text; an empty or non-numeric value must fail, not become NaN.
const whole = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value),
    z.number().int().min(min).max(max),
  );

export const AdminGetCaptureQueueParams = z
  .object({
    limit: whole(0, CAPTURE_QUEUE_MAX_LIMIT).default(50),
    offset: whole(0, Number.MAX_SAFE_INTEGER).default(0),
    // How long each provider's authorizations last, in days: the app's setting, sent with the
    // request so that the page is sorted by the moment each one lapses.
    window_days: whole(1, MAX_WINDOW_DAYS).default(7),
    // `provider_window_days[pp_stripe_stripe]=7` arrives as an object.
    provider_window_days: z.record(z.string().regex(/^[\w-]{1,100}$/), whole(1, MAX_WINDOW_DAYS)).optional(),
  })
  .strict();

export type AdminGetCaptureQueueParamsType = z.infer<typeof AdminGetCaptureQueueParams>;
