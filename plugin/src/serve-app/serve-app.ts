// Serves the app's production build under its path ("/payments" by default): its files as they
// are, and index.html for every other address below it, so a deep link such as
// /payments/orders/order_123 works on reload and the app's router takes over from there.
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import type { ConfigModule, Logger } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { loadAppSite, type AppSite } from "./app-site";
import { HASHED_FILE, REVALIDATE, SECURITY_HEADERS } from "./headers";

// The configuration does not change while the server runs: read it on the first request.
let site: AppSite | undefined;

function siteFor(req: MedusaRequest): AppSite {
  site ??= loadAppSite(
    req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE),
    req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER),
  );
  return site;
}

/** The address below the app's path ("" for the path itself), or undefined for any other address. */
function below(path: string, appPath: string): string | undefined {
  if (path === appPath) return "";
  return path.startsWith(`${appPath}/`) ? path.slice(appPath.length) : undefined;
}

// A file's name has an extension; the app's own addresses (/orders/order_01…) never do.
const isFileName = (rest: string) => /\/[^/]*\.[A-Za-z0-9]+$/.test(rest);

export function serveApp(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" && req.method !== "HEAD") return next();
  const app = siteFor(req);
  const rest = app ? below(req.path, app.appPath) : undefined;
  if (!app || rest === undefined) return next();
  res.set(SECURITY_HEADERS);
  if ("problem" in app) return void res.status(503).type("text/plain").send(app.problem);
  if (!isFileName(rest) || rest === "/index.html") {
    return void res.set("Cache-Control", REVALIDATE).type("html").send(app.indexHtml());
  }
  // A missing file is a 404, not the page: a stale chunk must fail as a script, not parse HTML.
  const cacheControl = rest.startsWith("/assets/") ? HASHED_FILE : REVALIDATE;
  res.sendFile(
    rest.slice(1),
    { root: app.dir, dotfiles: "deny", cacheControl: false, headers: { "Cache-Control": cacheControl } },
    (error?: Error & { status?: number }) => {
      if (!error || res.headersSent) return;
      if (error.status === 404 || error.status === 403) res.status(404).type("text/plain").send("Not found");
      else next(error);
    },
  );
}
