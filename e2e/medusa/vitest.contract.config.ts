// The server checks (the mock-vs-real contract check, the plugin's own checks), run only
// against a live Medusa started by start.mjs:
//   node e2e/medusa/start.mjs && npx vitest run --config e2e/medusa/vitest.contract.config.ts
//   node e2e/medusa/stop.mjs
// `npm test` never runs it (the app's Vitest config does not include e2e/).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    environment: "node",
    include: ["e2e/medusa/*.test.ts"],
    // Both backends are driven once, in beforeAll; each `it` then compares one step.
    hookTimeout: 120_000,
    testTimeout: 10_000,
    fileParallelism: false,
  },
});
