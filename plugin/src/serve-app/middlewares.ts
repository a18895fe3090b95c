import type { MiddlewareRoute } from "@medusajs/framework/http";
import { serveApp } from "./serve-app";

// The app's path is an option (appPath), read at run time, while this list is fixed when the
// server loads it. So the middleware takes every request (a matcher of "/" with no methods
// becomes Express's app.use("/"), ahead of Medusa's routes) and lets through, untouched, every
// one that is not a GET or HEAD below the app's path.
export const appRoutes: MiddlewareRoute[] = [{ matcher: "/", middlewares: [serveApp] }];
