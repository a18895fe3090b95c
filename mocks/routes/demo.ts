// Demo and e2e controls, outside Medusa's API: fault switches and putting the demo data back.
import { http, HttpResponse, type HttpHandler } from "msw";
import type { Fault } from "../db";
import { readBody, type Context } from "./admin";
import { faultsProblem, releaseHeld } from "./faults";

export function demoHandlers({ backend, db }: Context): HttpHandler[] {
  return [
    // Demo and e2e only: arm faults, replacing those armed before ({faults: []} disarms them all), e.g.
    // {route: "POST /admin/payments/*/refund", status: 400, body, times: 1} (kind "error"), or
    // {route: "POST /admin/payments/*/capture", kind: "drop-after"} or {..., kind: "slow", delayMs: 4000}.
    http.post("*/__demo/faults", async ({ request }) => {
      const { faults } = ((await readBody(request)) ?? {}) as { faults?: Fault[] };
      const problem = faultsProblem(faults);
      if (problem) return HttpResponse.json({ type: "invalid_data", message: problem }, { status: 400 });
      db().faults = faults!.map((f) => ({ ...f, times: f.times ?? 1 }));
      backend.save();
      return HttpResponse.json({ ok: true });
    }),
    // Demo and e2e: play a store with this repository's Medusa plugin ({installed: true}, the
    // default) or without it ({installed: false}: no /admin/order-payments, Idempotency-Key
    // ignored, Medusa's own refund and cancel limits). It lasts through a reset, as a server would.
    http.post("*/__demo/plugin", async ({ request }) => {
      const { installed } = ((await readBody(request)) ?? {}) as { installed?: unknown };
      if (typeof installed !== "boolean") {
        return HttpResponse.json({ type: "invalid_data", message: "installed must be true or false" }, { status: 400 });
      }
      db().plugin = installed;
      backend.save();
      return HttpResponse.json({ ok: true });
    }),
    // Answers held back by a "slow" fault go out now.
    http.post("*/__demo/release", () => {
      releaseHeld();
      return HttpResponse.json({ ok: true });
    }),
    // Demo mode only: put the demo data back as it was seeded.
    http.post("*/__demo/reset", () => {
      backend.reset();
      return HttpResponse.json({ ok: true });
    }),
  ];
}
