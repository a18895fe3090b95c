import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Imports go one way: app -> features -> api -> components/lib; a feature never imports another.
const layer = (from, forbidden, message) => ({
  files: [from],
  rules: { "no-restricted-imports": ["error", { patterns: forbidden.map((group) => ({ group: [group], message })) }] },
});

export default tseslint.config(
  { ignores: ["dist", "dist-demo", "dist-medusa", "coverage", "test-results", "playwright-report", "e2e/medusa"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs["flat/recommended"],
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // We do not run the React Compiler; this rule cannot tell that handleSubmit calls its
      // callback on submit, not during render, and would flag every double-submit guard.
      "react-hooks/refs": "off",
      "jsx-a11y/no-autofocus": "off", // the manual-copy dialog focuses its link field on purpose
    },
  },
  { files: ["**/*.mjs"], languageOptions: { globals: { ...globals.node } } },
  // Playwright fixtures receive a `use` callback that is not React's.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  layer(
    "src/features/orders-list/**",
    ["@/features/order-detail/*", "@/features/refund/*", "@/app/*"],
    "A feature imports only api, components and lib.",
  ),
  layer(
    "src/features/order-detail/**",
    ["@/features/orders-list/*", "@/features/refund/*", "@/app/*"],
    "A feature imports only api, components and lib.",
  ),
  layer(
    "src/features/refund/**",
    ["@/features/orders-list/*", "@/features/order-detail/*", "@/app/*"],
    "A feature imports only api, components and lib.",
  ),
  layer("src/api/**", ["@/features/*", "@/app/*", "@/components/*"], "The api layer imports only lib."),
  layer(
    "src/{components,lib}/**",
    ["@/features/*", "@/app/*", "@/api/*"],
    "components and lib import nothing above them.",
  ),
  layer(
    "mocks/**",
    ["@/components/*", "@/features/*", "@/app/*", "../src/components/*", "../src/features/*"],
    "The mock may use domain helpers from lib only.",
  ),
);
