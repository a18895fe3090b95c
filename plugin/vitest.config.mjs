// The plugin's own unit tests (the widget on Medusa's order page and its server helpers), run with
// the app's Vitest but against the Medusa packages in e2e/medusa/node_modules (plugin/node_modules
// links there): React 18 and @medusajs/ui as Medusa's admin has them, not the app's React 19.
//   node node_modules/vitest/vitest.mjs run --config plugin/vitest.config.mjs   (from the repository root)
// Needs e2e/medusa installed (node e2e/medusa/start.mjs does it), so `npm run test:medusa` runs it.
// The tests render with react-dom from there and query with @testing-library/dom (no React inside).
// Plain .mjs without imports: the plugin's tsconfig compiles every .ts file in plugin/.
const root = new URL(".", import.meta.url).pathname;

export default {
  root,
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    // Server code runs in Node; a widget test asks for jsdom in its first line.
    environment: "node",
  },
};
