import { readdirSync } from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { noWordsInJsx } from "./scripts/eslint/no-words-in-jsx.js";

const root = import.meta.dirname;

// Imports go one way: app -> features -> api -> components/lib; a feature never imports another;
// mocks/ uses only lib. The rules below compare resolved files, not how an import is spelled, so
// `@/features/x`, `../features/x` and `../../src/features/x` are one and the same import.
const parts = [
  "src/main.tsx",
  "src/app",
  "src/test",
  "src/features",
  "src/api",
  "src/components",
  "src/lib",
  "src/i18n",
  "mocks",
];
// Every folder in src/features is a feature (dot folders are not: the lint-rules test writes its fixtures there).
const features = readdirSync(path.join(root, "src/features"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
  .map((entry) => `src/features/${entry.name}`);
const forFeatures = (allowed) => Object.fromEntries(features.map((feature) => [feature, allowed]));

// What each part may import besides its own files; anything else in src/ or mocks/ is forbidden.
const mayImport = {
  "src/main.tsx": ["src/app", "src/features", "src/api", "src/components", "src/lib", "src/i18n"], // the entry
  "src/app": ["src/features", "src/api", "src/components", "src/lib", "src/i18n"],
  "src/test": ["src/app", "src/features", "src/api", "src/components", "src/lib", "src/i18n", "mocks"], // test helpers
  ...forFeatures(["src/api", "src/components", "src/lib", "src/i18n"]),
  "src/api": ["src/lib", "src/i18n"],
  "src/components": ["src/lib", "src/i18n"],
  "src/lib": ["src/i18n"], // words, and the locale numbers and dates are written in
  "src/i18n": [],
  mocks: ["src/lib"], // domain types and money helpers
};
// Test files also use the test helpers and the mock backend; demo mode starts the mock from one
// file, which src/main.tsx loads with a dynamic import, so the production bundle carries no mock code.
const withTests = (allowed, part) => (part === "mocks" ? allowed : [...allowed, "src/test", "mocks"]);
const withDemo = (allowed, part) => (part === "src/app" ? [...allowed, "mocks"] : allowed);

/** import-x/no-restricted-paths zones forbidding each part everything its list does not allow. */
function layerZones(extend = (allowed) => allowed) {
  const zones = Object.entries(mayImport).flatMap(([part, allowed]) => {
    const may = extend(allowed, part);
    const from = parts.filter((p) => p !== part && !may.includes(p) && !part.startsWith(`${p}/`));
    const message = `${part} may import only ${may.length ? may.join(", ") : "its own files"} (app -> features -> api -> components/lib).`;
    return from.length ? [{ target: `./${part}`, from: from.map((p) => `./${p}`), message }] : [];
  });
  const siblings = features.map((feature) => ({
    target: `./${feature}`,
    from: "./src/features",
    except: [`./${path.basename(feature)}`],
    message: "A feature never imports another feature: move what two share into api, components or lib.",
  }));
  return ["error", { basePath: root, zones: [...zones, ...siblings] }];
}

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-demo",
      "dist-demo-*",
      "dist-medusa",
      "dist-medusa-*",
      "coverage",
      "test-results",
      "playwright-report",
      "e2e/medusa",
      // The Medusa plugin is Medusa code (CommonJS, its own tsconfig): medusa plugin:build compiles it.
      "plugin",
      // Written and removed by scripts/lint-rules.test.ts, which lints them with ignores off.
      "**/.lint-fixtures-*",
    ],
  },
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
  {
    files: ["src/**/*.{ts,tsx}", "mocks/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      // Resolve as TypeScript and Vite do: tsconfig's `@/*` paths, extensionless .ts/.tsx.
      "import-x/resolver-next": [
        createNodeResolver({
          tsconfig: { configFile: path.join(root, "tsconfig.json") },
          extensions: [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".json"],
        }),
      ],
      "import-x/extensions": [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs"],
    },
    rules: {
      "import-x/no-restricted-paths": layerZones(),
      // Dynamic imports count: a lazy chunk that imports its loader back is still a cycle. Type-only
      // imports are skipped by the rule itself (they are erased, so no module waits on another).
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // The layer rules can only judge an import they resolve: an alias or path the resolver no
      // longer understands must fail loudly, not pass silently. Packages are left to TypeScript.
      "import-x/no-unresolved": ["error", { ignore: ["^(?!\\.|@/)"] }],
    },
  },
  {
    files: ["src/**/*.tsx"],
    ignores: ["src/**/*.test.tsx", "src/test/**"],
    plugins: { local: { rules: { "no-words-in-jsx": noWordsInJsx } } },
    rules: { "local/no-words-in-jsx": "error" },
  },
  { files: ["src/**/*.test.{ts,tsx}"], rules: { "import-x/no-restricted-paths": layerZones(withTests) } },
  { files: ["src/app/demo.ts"], rules: { "import-x/no-restricted-paths": layerZones(withDemo) } },
);
