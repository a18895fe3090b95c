import { describe, expect, it } from "vitest";
import { servedIndexHtml } from "./index-html";

// The head of `npm run build`'s index.html, as vite.config.ts writes it.
const built = `<!doctype html>
<html lang="en">
  <head>
    <base href="/">

    <link rel="preload" href="config.json" as="fetch" crossorigin="anonymous" fetchpriority="high">

    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
</html>`;

describe("the index.html the plugin serves", () => {
  it("moves the page under the app's path and says the API is this origin, without config.json", () => {
    const html = servedIndexHtml(built, { appPath: "/payments" });
    expect(html).toContain('<base href="/payments/" />');
    expect(html).toContain('<meta name="order-payments-api" content="same-origin" />');
    expect(html).not.toContain("config.json");
    expect(html).not.toContain("order-payments-storefront");
    // The base still comes first: every address after it is read against it.
    expect(html.indexOf("<base")).toBeLessThan(html.indexOf("<script"));
    expect(html).toContain('src="./assets/index-abc.js"');
  });

  it("passes the storefront's address, escaped", () => {
    const html = servedIndexHtml(built, { appPath: "/p", storefrontUrl: 'https://shop.test/?a=1&b="2"' });
    expect(html).toContain(
      '<meta name="order-payments-storefront" content="https://shop.test/?a=1&amp;b=&quot;2&quot;" />',
    );
  });

  it("passes the authorization windows as JSON the app reads", () => {
    const html = servedIndexHtml(built, { appPath: "/p", authorizationDays: { default: 5, pp_stripe_stripe: 7 } });
    expect(html).toContain(
      '<meta name="order-payments-authorization-days" content="{&quot;default&quot;:5,&quot;pp_stripe_stripe&quot;:7}" />',
    );
  });

  it("refuses a page without a <base>, which could not work under a path", () => {
    expect(() => servedIndexHtml("<html><head></head></html>", { appPath: "/payments" })).toThrow(/no <base href>/);
  });
});
