// Where the app lives on its host. A build is served at a host's root or, by the Medusa plugin,
// under a path such as "/payments"; the page's <base href> says which (vite.config.ts writes "/",
// the plugin rewrites it). The router, the early order request and the sign-in redirect all work
// with addresses inside the app ("/orders/order_1") and add or remove this prefix at the edge.

/** "" at a host's root, else the path without its trailing slash ("/payments"). */
export function basePath(): string {
  const base = document.querySelector("base[href]");
  if (!base) return ""; // the dev server's page and unit tests
  return new URL(base.getAttribute("href")!, window.location.origin).pathname.replace(/\/+$/, "");
}

/** The address inside the app of a browser path: "/payments/orders/1" -> "/orders/1". */
export function appPath(pathname: string = window.location.pathname): string {
  const base = basePath();
  if (!base) return pathname;
  if (pathname === base) return "/";
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}
