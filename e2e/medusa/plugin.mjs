// Builds the repository's Medusa plugin (../../plugin) with `medusa plugin:build`, and the app it
// serves (plugin/scripts/bundle-app.mjs), and installs both into this harness's node_modules, as
// `npm install medusa-order-payments` would.
// The plugin builds against this folder's Medusa packages (one install of Medusa, not two):
// when plugin/node_modules is missing it becomes a link to ours.
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { HERE, run, sleep } from "./lib.mjs";

export const PLUGIN_DIR = join(HERE, "..", "..", "plugin");
export const PLUGIN_NAME = "medusa-order-payments";

export async function installPlugin({ logStream } = {}) {
  // Two harnesses starting at once share plugin/.medusa and our node_modules: one build at a time.
  const lock = join(HERE, "node_modules", ".plugin-build-lock");
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== "EEXIST" || i > 600) throw error;
      await sleep(500);
    }
  }
  try {
    await buildAndCopy(logStream);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function buildAndCopy(logStream) {
  const modules = join(PLUGIN_DIR, "node_modules");
  if (!existsSync(modules)) symlinkSync(relative(PLUGIN_DIR, join(HERE, "node_modules")), modules, "dir");
  const cli = join(HERE, "node_modules", "@medusajs", "cli", "cli.js");
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" };
  for (const key of Object.keys(env)) if (key.startsWith("npm_")) delete env[key];
  await run(process.execPath, [cli, "plugin:build"], { cwd: PLUGIN_DIR, env, logStream });
  // The app's production build, which the plugin serves under /payments (its app/ folder).
  await run(process.execPath, [join(PLUGIN_DIR, "scripts", "bundle-app.mjs")], { cwd: PLUGIN_DIR, env, logStream });
  const target = join(HERE, "node_modules", PLUGIN_NAME);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, ".medusa"), { recursive: true });
  cpSync(join(PLUGIN_DIR, "package.json"), join(target, "package.json"));
  cpSync(join(PLUGIN_DIR, ".medusa", "server"), join(target, ".medusa", "server"), { recursive: true });
  cpSync(join(PLUGIN_DIR, "app"), join(target, "app"), { recursive: true });
}

/** The harness runs with the plugin unless E2E_MEDUSA_PLUGIN=off (the "without the plugin" mode). */
export const pluginWanted = () => process.env.E2E_MEDUSA_PLUGIN !== "off";
