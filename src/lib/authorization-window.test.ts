import { afterEach, describe, expect, it } from "vitest";
import { getConfig, setConfig } from "./config";
import { expiresAt, expiry, windowDays } from "./authorization-window";

const initial = getConfig().authorizationDays;
afterEach(() => setConfig({ authorizationDays: initial }));

// Local times: the badge speaks of the merchant's own days.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute);

describe("authorization window", () => {
  it("takes the provider's own days, else the default, else 7", () => {
    setConfig({ authorizationDays: { default: 5, pp_stripe_stripe: 7 } });
    expect(windowDays("pp_stripe_stripe")).toBe(7);
    expect(windowDays("pp_system_default")).toBe(5);
    expect(windowDays("pp_x", {})).toBe(7);
    expect(expiresAt("2026-12-01T10:00:00.000Z", "pp_system_default")).toBe("2026-12-06T10:00:00.000Z");
  });

  it("says expired once the moment has passed, and counts calendar days, not 24-hour spans", () => {
    const now = at(3, 22);
    expect(expiry(at(3, 21, 59).toISOString(), now)).toMatchObject({ lapsed: true, label: "Expired", tone: "danger" });
    expect(expiry(at(3, 22).toISOString(), now).label).toBe("Expired");
    expect(expiry(at(3, 23, 30).toISOString(), now)).toMatchObject({ label: "Expires today", tone: "warning" });
    // Three hours away, but after midnight: tomorrow.
    expect(expiry(at(4, 1).toISOString(), now)).toMatchObject({ label: "Expires tomorrow", days: 1 });
    expect(expiry(at(5, 23).toISOString(), now)).toMatchObject({ label: "Expires in 2 days", tone: "warning" });
    expect(expiry(at(10, 8).toISOString(), now)).toMatchObject({ label: "Expires in 7 days", tone: "neutral" });
  });
});
