// Builds what the bench measures into a temporary folder: the production app (no mock code)
// and the floor. Both go through Vite's build API with their own config files.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const floorConfig = fileURLToPath(new URL("./floor/vite.config.mjs", import.meta.url));

export async function buildAll(outDir) {
  process.env.NODE_ENV = "production"; // React's production code, whatever the caller's shell says
  const app = join(outDir, "app");
  const floor = join(outDir, "floor");
  await build({ root: projectRoot, mode: "production", logLevel: "warn", build: { outDir: app, emptyOutDir: true } });
  await build({
    configFile: floorConfig,
    mode: "production",
    logLevel: "warn",
    build: { outDir: floor, emptyOutDir: true },
  });
  assertNoMock(app);
  return { app, floor };
}

/** The numbers would flatter nobody if the demo's mock slipped into the measured build. */
function assertNoMock(dir) {
  if (existsSync(join(dir, "mockServiceWorker.js")))
    throw new Error("the production build contains the mock service worker");
  for (const name of readdirSync(join(dir, "assets"))) {
    if (readFileSync(join(dir, "assets", name), "utf8").includes("setupWorker"))
      throw new Error(`mock code in ${name}`);
  }
}
