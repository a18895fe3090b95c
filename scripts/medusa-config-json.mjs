// Writes config.json into a build folder, pointing the app at the real Medusa server that
// e2e/medusa/start.mjs started (its state file says where). `vite preview` reads it too, to send
// the production headers with that server as connect-src (scripts/vite-headers.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const outDir = process.argv[2] ?? "dist";
const stateFile = process.env.E2E_MEDUSA_STATE ?? "e2e/medusa/.state.json";
const state = JSON.parse(readFileSync(stateFile, "utf8"));
writeFileSync(
  join(outDir, "config.json"),
  JSON.stringify({ backendUrl: state.backendUrl, storefrontUrl: "http://localhost:8000" }),
);
console.log(`config.json: backend ${state.backendUrl}`);
