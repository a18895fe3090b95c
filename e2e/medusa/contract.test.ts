// Contract check between the mock Medusa (mocks/, behind msw/node) and a real Medusa 2.x
// server started by start.mjs: one sequence of Admin API calls (contract-sequence.ts) is sent to
// both, and each step is compared on what the app relies on: the HTTP status, the error `type`
// and `message`, the order's `payment_status` and summary figures afterwards, and, in shared
// terms (contract-terms.ts), the success body and the whole order as the app reads it: payment
// figures, collections, credit line total, the refund reason's label.
//
// Run only against a live server (never part of `npm test`):
//   node e2e/medusa/start.mjs
//   npx vitest run --config e2e/medusa/vitest.contract.config.ts
//   node e2e/medusa/stop.mjs
// The state file comes from E2E_MEDUSA_STATE, else e2e/medusa/.state.json. Every start
// seeds fresh orders, and this sequence changes two of them, so restart before a rerun.
//
// The real server is driven first with plain fetch, before MSW is listening; then the mock's
// handlers are installed with setupServer and the same sequence runs against a fake origin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer } from "../../mocks/node";
import { arr, obj, readState, STATE_PATH, str } from "./contract-client";
import { runSequence, STEPS, SUMMARY_KEYS, type Observed, type OrderKey, type Run } from "./contract-sequence";
import { differences } from "./contract-terms";

const MOCK_ORIGIN = "http://mock.test";
/** The mock's demo orders that mirror the real server's seeded roles. */
const MOCK_DISPLAY: Record<OrderKey, number> = { authorized: 1001, outstanding: 1006 };
const REAL_ROLE: Record<OrderKey, string> = { authorized: "authorized-1", outstanding: "outstanding-positive" };

// Read at load time so a missing state file fails the run at once, with its message.
const STATE = readState(Object.values(REAL_ROLE));

let real: Run;
let mock: Run;

function table(): string {
  const fmt = (o: Observed | undefined) => {
    if (!o) return "-";
    const err = o.type || o.message ? ` ${o.type ?? ""}: ${o.message ?? ""}` : "";
    const s = o.summary;
    const fig = s ? SUMMARY_KEYS.map((k) => s[k]).join("/") : "-";
    return `${o.status}${err} | ${o.payment_status} | ${fig}`;
  };
  const lines = STEPS.map((s) => {
    const same = JSON.stringify(real?.steps[s.name]) === JSON.stringify(mock?.steps[s.name]);
    return `${same ? "same" : "DIFF"}  ${s.name}\n      real: ${fmt(real?.steps[s.name])}\n      mock: ${fmt(mock?.steps[s.name])}`;
  });
  return `status [type: message] | payment_status | ${SUMMARY_KEYS.join("/")}\n${lines.join("\n")}`;
}

describe(`mock vs real Medusa (${STATE.loopbackUrl ?? STATE.backendUrl})`, () => {
  const mockBackend = createMockServer();
  const mockServer = mockBackend.server;
  // The mock plays the same store: with this repository's plugin unless start.mjs ran without it.
  if (STATE.plugin === false) mockBackend.backend.db.plugin = false;

  beforeAll(async () => {
    // 1. The real server, with no MSW in the way.
    const origin = (STATE.loopbackUrl ?? STATE.backendUrl).replace(/\/$/, "");
    const health = await fetch(`${origin}/health`).catch((error: Error) => error);
    if (health instanceof Error || !health.ok) {
      throw new Error(
        `The Medusa server in ${STATE_PATH} does not answer at ${origin}/health ` +
          `(${health instanceof Error ? String(health.cause ?? health) : health.status}). Start it with node e2e/medusa/start.mjs.`,
      );
    }
    real = await runSequence(origin, STATE.admin, async () => ({
      authorized: STATE.orders[REAL_ROLE.authorized]!.id,
      outstanding: STATE.orders[REAL_ROLE.outstanding]!.id,
    }));

    // 2. The mock, on a fake origin; anything it does not handle is an error.
    mockServer.listen({ onUnhandledRequest: "error" });
    mock = await runSequence(MOCK_ORIGIN, { email: "admin@example.com", password: "supersecret" }, async (api) => {
      const find = async (display: number) => {
        const res = await api.call("GET", `/admin/orders?q=${display}&fields=id,display_id`);
        const order = arr(obj(res.body).orders)
          .map(obj)
          .find((o) => o.display_id === display);
        if (!order) throw new Error(`Mock order #${display} not found`);
        return str(order.id)!;
      };
      return { authorized: await find(MOCK_DISPLAY.authorized), outstanding: await find(MOCK_DISPLAY.outstanding) };
    });
  });

  afterAll(() => {
    mockServer.close();
    if (real && mock) console.log(`\nContract steps (real vs mock):\n${table()}\n`);
  });

  it("signs in and lists refund reasons alike", () => {
    expect({ signIn: mock.setup.signIn, reasons: mock.setup.reasons }).toEqual({
      signIn: real.setup.signIn,
      reasons: real.setup.reasons,
    });
    expect(differences(real.setup.reasonList, mock.setup.reasonList), "refund reasons as the panel reads them").toEqual(
      [],
    );
  });

  for (const step of STEPS) {
    it(step.name, () => {
      expect(mock.steps[step.name], `mock differs from real Medusa at "${step.name}"`).toEqual(real.steps[step.name]);
    });
    it(`${step.name}: the answer and the order as the app reads them`, () => {
      const r = real.bodies[step.name]!;
      const m = mock.bodies[step.name]!;
      expect(differences(r.answer, m.answer), `the answer to "${step.name}" (real vs mock)`).toEqual([]);
      expect(differences(r.order, m.order), `the order after "${step.name}" (real vs mock)`).toEqual([]);
    });
  }
});
