import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./scripts/browser.mjs";

const PORT = Number(process.env.E2E_PORT ?? 4174);

// The demo build (mock Medusa in a service worker) served by `vite preview`.
// Each test gets a fresh browser context, so fresh demo data in its own localStorage.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [{ name: "demo", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    command: `npx vite build --mode demo --outDir dist-demo --emptyOutDir && npx vite preview --outDir dist-demo --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/orders`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "ignore",
  },
});
