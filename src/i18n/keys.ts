// Every message key, from the English files: a key missing here is a type error where it is used.
// One file per part of the app (each language has the same files, with the same keys).
import type app from "./en/app.json";
import type auth from "./en/auth.json";
import type capture from "./en/capture.json";
import type common from "./en/common.json";
import type money from "./en/money.json";
import type order from "./en/order.json";
import type orders from "./en/orders.json";
import type queue from "./en/queue.json";
import type refund from "./en/refund.json";

export type MessageKey = keyof (typeof app &
  typeof auth &
  typeof capture &
  typeof common &
  typeof money &
  typeof order &
  typeof orders &
  typeof queue &
  typeof refund);
