// Minimal Medusa 2.x configuration for the e2e harness (see README.md). start.mjs sets
// every value through the environment; the fallbacks only serve a hand-run `medusa` command.
// Type-checked with this folder's own tsconfig.json (the app's excludes e2e/medusa).
import { defineConfig } from "@medusajs/framework/utils";

// Where the SPA is served from: vite dev (5173) and vite preview in the e2e run (4174).
const APP_ORIGINS = [
  "http://localhost:4174",
  "http://localhost:5173",
  "http://127.0.0.1:4174",
  "http://127.0.0.1:5173",
].join(",");

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/medusa_e2e",
    databaseLogging: false,
    http: {
      storeCors: process.env.STORE_CORS || APP_ORIGINS,
      adminCors: process.env.ADMIN_CORS || APP_ORIGINS,
      authCors: process.env.AUTH_CORS || APP_ORIGINS,
      jwtSecret: process.env.JWT_SECRET || "e2e-jwt-secret-not-for-production",
      cookieSecret: process.env.COOKIE_SECRET || "e2e-cookie-secret-not-for-production",
    },
    // `medusa start` runs in production mode, where the session cookie would be Secure and
    // never sent over plain http.
    cookieOptions: { secure: false, sameSite: "lax" },
  },
  // No dashboard to build: the SPA under test is the admin. E2E_MEDUSA_ADMIN=on serves Medusa's own
  // admin at /app (scripts/widget-screenshot.mjs shows the plugin's widget there).
  admin: { disable: process.env.E2E_MEDUSA_ADMIN !== "on" },
  // This repository's plugin (../../plugin), built and installed by start.mjs; E2E_MEDUSA_PLUGIN=off
  // runs the same store without it. With it, the server also serves the app at /payments (one
  // origin: e2e/one-origin.spec.ts), its payment links pointing at the specs' storefront.
  plugins:
    process.env.E2E_MEDUSA_PLUGIN === "off"
      ? []
      : [
          {
            resolve: "medusa-order-payments",
            options: { appPath: "/payments", storefrontUrl: "http://localhost:8000" },
          },
        ],
});
