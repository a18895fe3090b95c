// The page's first script, kept tiny: it reads the settings and asks for the order on screen
// while the browser is still downloading the app, then hands over to the app.
import { ORDER_FIELDS, orderIdOf, orderPath } from "./api/order-request";
import { loadConfig } from "./lib/config";
import { sendEarly } from "./lib/http";
import "./index.css";

async function boot() {
  await loadConfig();
  // A compile-time constant: outside demo builds this branch and the mock chunk are dropped.
  if (import.meta.env.MODE === "demo") {
    const { startDemo } = await import("./app/demo");
    await startDemo();
  }
  const orderId = orderIdOf(window.location.pathname);
  if (orderId) sendEarly(orderPath(orderId), { fields: ORDER_FIELDS });
  const app = import("./app/start");
  warmUpIntl();
  (await app).start(orderId);
}

/**
 * A browser loads its locale data on the first Intl call, 15-20 ms of work. Doing it here
 * spends the time while the app and the order are still on the wire, instead of between the
 * order's arrival and its first paint, where the amounts and dates are formatted.
 */
function warmUpIntl() {
  new Intl.NumberFormat(undefined, { style: "currency", currency: "USD" }).format(0);
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(0);
}

void boot();
