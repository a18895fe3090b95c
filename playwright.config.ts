import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./scripts/browser.mjs";

const PORT = Number(process.env.E2E_PORT ?? 4174);
const medusa = process.env.E2E_BACKEND === "medusa";
// Suites run side by side (E2E_PORT set) each build into their own folder.
const demoDir = process.env.E2E_PORT ? `dist-demo-${PORT}` : "dist-demo";
const medusaDir = process.env.E2E_PORT ? `dist-medusa-${PORT}` : "dist-medusa";

// One suite, two backends. By default: the demo build (mock Medusa in a service worker), where
// each test's fresh browser context means fresh demo data. With E2E_BACKEND=medusa (see
// scripts/test-medusa.mjs): the production build pointed at a real Medusa server, where each
// test places its own order; specs tagged @mock need the demo's data or fault switches.
export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  fullyParallel: true,
  // Two browsers kept a real Medusa on a two-core machine so busy that a refund took over 5 s
  // (0.5 s at most with one): one at a time there, and up to 15 s for a payment's result.
  workers: process.env.CI ? (medusa ? 1 : 2) : undefined,
  retries: 0,
  forbidOnly: true,
  timeout: medusa ? 60_000 : 30_000,
  // A ceiling, not a wait: web-first assertions pass as soon as the page shows it. A CI machine
  // shared with other work can take several seconds to get a dialog on screen.
  expect: { timeout: medusa ? 15_000 : 10_000 },
  reporter: [["list"], ["json", { outputFile: `test-results/e2e-${medusa ? "medusa" : "demo"}.json` }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    medusa
      ? { name: "medusa", grepInvert: /@mock/, use: { ...devices["Desktop Chrome"], launchOptions } }
      : { name: "demo", use: { ...devices["Desktop Chrome"], launchOptions } },
    // The two money journeys once more in a merchant's hand: an iPhone 13's screen and touch, in
    // Chromium (the one browser the suite drives). The rest stays at desktop size;
    // phone.spec.ts checks every screen at phone widths by itself.
    {
      name: medusa ? "medusa-phone" : "phone",
      testMatch: ["capture.spec.ts", "refund.spec.ts"],
      ...(medusa ? { grepInvert: /@mock/ } : {}),
      use: {
        ...devices["iPhone 13"],
        viewport: { width: 390, height: 844 },
        defaultBrowserType: "chromium",
        launchOptions,
      },
    },
  ],
  webServer: {
    command: medusa
      ? `npx vite build --outDir ${medusaDir} --emptyOutDir && node scripts/medusa-config-json.mjs ${medusaDir} && npx vite preview --outDir ${medusaDir} --port ${PORT} --strictPort`
      : `npx vite build --mode demo --outDir ${demoDir} --emptyOutDir && npx vite preview --outDir ${demoDir} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/orders`,
    // A real backend moves to a new port on every start: never reuse a build pointed at an old one.
    reuseExistingServer: !process.env.CI && !medusa,
    timeout: 120_000,
    stdout: "ignore",
  },
});
