// Which backend the suite runs against: the demo's mock (default) or a real Medusa server
// started by e2e/medusa/start.mjs (E2E_BACKEND=medusa). On the real server every test gets
// its own fresh order, placed and brought into shape like the demo order it stands for.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { applySteps, client, ORDERS, placeOrder, refundReasons, type Api, type Catalog } from "./medusa/seed.mjs";

export const backend = process.env.E2E_BACKEND === "medusa" ? "medusa" : "demo";

type State = {
  backendUrl: string;
  loopbackUrl?: string;
  admin: { email: string; password: string };
  publishableKey: string;
  catalog: Catalog;
  /** false when start.mjs ran with E2E_MEDUSA_PLUGIN=off: a store without this repository's plugin. */
  plugin?: boolean;
};

export function medusaState(): State {
  const file = process.env.E2E_MEDUSA_STATE ?? fileURLToPath(new URL("./medusa/.state.json", import.meta.url));
  return JSON.parse(readFileSync(file, "utf8")) as State;
}

let session: Promise<{ api: Api; reasons: Record<string, string>; state: State }> | null = null;

function medusaSession() {
  session ??= (async () => {
    const state = medusaState();
    const api = client(state.loopbackUrl ?? state.backendUrl);
    await api.login(state.admin.email, state.admin.password);
    api.setPublishableKey(state.publishableKey);
    return { api, reasons: await refundReasons(api), state };
  })();
  return session;
}

/**
 * A new order on the real server in the state of demo order #displayId (1001-1007, 1045). A spec
 * that must find it among everyone else's orders gives it an email (and name) of its own.
 */
export async function freshMedusaOrder(displayId: number, customer: { email?: string; name?: string } = {}) {
  const recipe = ORDERS.find((o) => o.demo === displayId);
  if (!recipe) throw new Error(`No real-server recipe for demo order #${displayId}`);
  const spec = { ...recipe, ...customer };
  const { api, reasons, state } = await medusaSession();
  const order = await placeOrder(api, state.catalog, spec);
  await applySteps(api, state.catalog, reasons, order, spec.steps);
  return order;
}

/**
 * Whether the server the suite runs against has the plugin (medusa-order-payments). The mock has
 * it unless a spec switches it off (POST /__demo/plugin); a real server as start.mjs started it.
 */
export const realServerHasPlugin = () => backend !== "medusa" || medusaState().plugin !== false;
