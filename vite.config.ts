/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type Rollup } from "vite";
import { MESSAGES_MODULE, messageCatalogs } from "./scripts/vite-messages.ts";
import { contentSecurityPolicyMeta, productionHeaders } from "./scripts/vite-headers.ts";

/**
 * Demo mode only: serve and emit MSW's service worker straight from the installed
 * package, so the worker always matches the library and a production build has none.
 */
function mockServiceWorker(): Plugin {
  const source = () => readFileSync(createRequire(import.meta.url).resolve("msw/mockServiceWorker.js"), "utf8");
  return {
    name: "mock-service-worker",
    configureServer(server) {
      server.middlewares.use("/mockServiceWorker.js", (_req, res) => {
        res.setHeader("content-type", "text/javascript");
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "mockServiceWorker.js", source: source() });
    },
  };
}

/**
 * Deployed builds read config.json at start: fetch it beside the scripts, not after them. Relative
 * to the page's <base>, as the app's fetch is. The Medusa plugin removes this line from the page it
 * serves: there the API is the page's own origin and no config.json exists.
 */
function preloadConfig(): Plugin {
  return {
    name: "preload-config",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "link",
        attrs: { rel: "preload", href: "config.json", as: "fetch", crossorigin: "anonymous", fetchpriority: "high" },
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * One build serves two places: the root of its own host, and a path on the Medusa server
 * ("/payments", the plugin's appPath). Its files are addressed relative to the page's <base>
 * (Vite's base "./"), which says "/" here and which the plugin rewrites to its path; the router
 * reads its base from the same element (src/lib/base-path.ts). First in <head>, before any
 * address is read.
 */
function baseElement(): Plugin {
  return {
    name: "base-element",
    transformIndexHtml: {
      order: "post",
      handler: () => [{ tag: "base", attrs: { href: "/" }, injectTo: "head-prepend" }],
    },
  };
}

/** What the first load of a page runs: each entry, the app it imports (src/main.tsx), and their static imports. */
function firstLoadChunks(bundle: Rollup.OutputBundle): Set<string> {
  const files = new Set<string>();
  const add = (file: string) => {
    const chunk = bundle[file];
    if (files.has(file) || chunk?.type !== "chunk") return;
    files.add(file);
    chunk.imports.forEach(add);
  };
  for (const chunk of Object.values(bundle)) {
    // Each language's messages are the entry's to choose (src/main.tsx): none is fetched ahead.
    if (chunk.type === "chunk" && chunk.isEntry)
      [chunk.fileName, ...chunk.dynamicImports.filter((file) => !isMessages(bundle[file]))].forEach(add);
  }
  return files;
}

const isMessages = (chunk: Rollup.OutputBundle[string] | undefined) =>
  chunk?.type === "chunk" && chunk.moduleIds.some((id) => id.startsWith(MESSAGES_MODULE));

/**
 * The entry is a small script that starts the order request and then imports the app
 * (src/main.tsx). Listing the app's chunks in the page lets the browser download them in
 * parallel with the entry instead of after it has run.
 */
function preloadApp(): Plugin {
  let base = "/";
  return {
    name: "preload-app",
    apply: "build",
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return;
        const files = firstLoadChunks(bundle);
        // The entry and its static imports are in the page already.
        [entry.fileName, ...entry.imports].forEach((file) => files.delete(file));
        return [...files].map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `${base}${file}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}

/**
 * Chunks loaded after the first screen (dialogs, the refund panel) exist to run on a click.
 * V8's compile hint makes the browser compile them as they arrive, while the page is idle,
 * rather than function by function inside the click that opens them.
 */
function compileLazyChunksEagerly(): Plugin {
  return {
    name: "compile-lazy-chunks-eagerly",
    apply: "build",
    generateBundle(_options, bundle) {
      const initial = firstLoadChunks(bundle);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === "chunk" && !initial.has(chunk.fileName))
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  };
}

const orderDialogs = new RegExp(
  [
    // Not the draft: sign-out clears it from the first screen on (app/forget.ts), dialogs or none.
    "/src/features/refund/(?!refund-draft\\.)",
    "/src/features/order-detail/(capture-|mark-paid-|move-balance|payment-details-|manual-copy-|use-overpay-|record-payment-)",
    "/src/components/ui/(balance-preview|amount-input|status-line|move-actions|move-words)\\.",
    "/src/lib/(amount-schema|parse-amount|idempotency|read-number|currency-marks|amount-messages|number-marks|native-digits)\\.",
    "/src/api/(money-moves|use-money-submit|payments|balance|reconcile|unclear-moves|answer-window|record-payment)\\.",
    "/@tanstack/.*/(useMutation|mutationObserver)\\.",
  ].join("|"),
);

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    tailwindcss(),
    messageCatalogs(),
    contentSecurityPolicyMeta(),
    productionHeaders(),
    preloadApp(),
    compileLazyChunksEagerly(),
    mode === "demo" ? mockServiceWorker() : preloadConfig(),
    baseElement(),
  ],
  // Addresses relative to the page's <base>: see baseElement.
  base: "./",
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: "es2022",
    // The order page's money dialogs and panels (capture, mark as paid, refund, payment details)
    // travel as one lazy chunk: the page fetches all of them once idle anyway, and a dozen small
    // chunks cost more in imports and lost compression than they save (about 4 KiB gzip).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: "order-dialogs", test: orderDialogs, includeDependenciesRecursively: false }],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    // The plugin's app options and page (plugin/src/serve-app) are plain functions, tested here too.
    include: [
      "src/**/*.test.{ts,tsx}",
      "mocks/**/*.test.ts",
      "scripts/**/*.test.ts",
      "plugin/src/serve-app/**/*.test.ts",
    ],
    setupFiles: ["src/test/setup.ts"],
    restoreMocks: true,
    // A ceiling, not a wait: on a shared two-core CI machine a screen test's user steps can take
    // longer than Vitest's 5 s default while passing as soon as the screen shows the result.
    testTimeout: 15_000,
  },
}));
