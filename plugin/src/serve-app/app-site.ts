// What the plugin serves, worked out once per process from the store's configuration: the app's
// path, the folder of its build and its prepared index.html. A misconfiguration is logged and
// turns the app off; it never stands in the way of Medusa's own routes.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ConfigModule, Logger } from "@medusajs/framework/types";
import { servedIndexHtml } from "./index-html";
import { appOptions, ownOptions, PACKAGE_NAME } from "./options";

export type AppSite =
  | { appPath: string; dir: string; indexHtml: () => string }
  | { appPath: string; problem: string } // under appPath, answered with 503 and this text
  | null; // the app is turned off

/** This package's folder: the build's copy of the app is app/ beside package.json. */
function packageRoot(): string | undefined {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === PACKAGE_NAME) {
      return dir;
    }
  }
  return undefined;
}

export function loadAppSite(config: ConfigModule, logger: Logger): AppSite {
  let options;
  try {
    options = appOptions(ownOptions(config.plugins));
  } catch (error) {
    logger.error(`${(error as Error).message} The order-payments app is not served.`);
    return null;
  }
  if (!options) return null;
  const root = packageRoot();
  const dir = options.appDir ? resolve(options.appDir) : root && join(root, "app");
  const index = dir && join(dir, "index.html");
  if (!index || !existsSync(index)) {
    const problem = options.appDir
      ? `${PACKAGE_NAME}: no index.html in appDir ${dir}. Build the app there (npm run build) or remove appDir.`
      : `${PACKAGE_NAME}: this copy of the package carries no build of the app (app/index.html). Reinstall it from npm, or build the plugin with npm run build in its folder.`;
    logger.error(problem);
    return { appPath: options.appPath, problem };
  }
  const read = () => servedIndexHtml(readFileSync(index, "utf8"), options);
  try {
    read();
  } catch (error) {
    const problem = `${PACKAGE_NAME}: ${(error as Error).message}`;
    logger.error(problem);
    return { appPath: options.appPath, problem };
  }
  logger.info(`${PACKAGE_NAME}: the order-payments app is served at ${options.appPath}/ from ${dir}`);
  return { appPath: options.appPath, dir: dir!, indexHtml: latest(index, read) };
}

/**
 * The page as prepared from the build's index.html now. A new build in place (an upgrade of
 * the package, another build into appDir) names new files: the page must name them too, so it is
 * prepared again whenever the file changes, not once per process.
 */
function latest(file: string, read: () => string): () => string {
  let cached: { mtimeMs: number; html: string } | undefined;
  return () => {
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: read() };
    return cached.html;
  };
}
