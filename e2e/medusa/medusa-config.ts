// Minimal Medusa 2.x configuration for the e2e harness (see README.md).
// Everything comes from the environment that start.mjs sets; the defaults only
// make a hand-run `medusa` command in this folder work against a local database.
import { defineConfig, loadEnv } from "@medusajs/framework/utils";

loadEnv(process.env.NODE_ENV || "production", process.cwd());

// Origins the SPA is served from in dev (vite) and in the e2e run (vite preview).
const APP_ORIGINS = "http://localhost:4174,http://localhost:5173,http://127.0.0.1:4174,http://127.0.0.1:5173";

module.exports = defineConfig({
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
    // `medusa start` runs in production mode, where the session cookie would be
    // Secure and never sent over plain http to localhost.
    cookieOptions: { secure: false, sameSite: "lax" },
  },
  // No dashboard: nothing to build, the SPA under test is the admin.
  admin: { disable: true },
});
