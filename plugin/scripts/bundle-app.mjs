// Builds the app (the repository this plugin lives in) into app/ of the plugin package, which
// the plugin serves under appPath. Part of the plugin's own build and of packing it, so a store
// that installs the plugin from npm gets the app with it and never builds the app itself.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pluginDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = join(pluginDir, "..");
const outDir = join(pluginDir, "app");

// The production build (not the demo's), straight into app/: it holds no config.json, as the
// app served by the plugin needs none.
const vite = join(repoDir, "node_modules", "vite", "bin", "vite.js");
if (!existsSync(vite)) {
  console.error(`bundle-app: no Vite in ${repoDir}/node_modules; run npm ci in the repository first.`);
  process.exit(1);
}
const build = spawnSync(process.execPath, [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
  cwd: repoDir,
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

if (!/<base href=/.test(readFileSync(join(outDir, "index.html"), "utf8"))) {
  console.error("bundle-app: the built index.html has no <base href>; the plugin could not serve it under appPath.");
  process.exit(1);
}
console.log(`bundle-app: the app's build is in ${outDir}`);
