// Lighthouse's performance audit of one URL, in a Chromium of its own (chrome-launcher) with
// the project's browser flags. The session cookie goes as an extra header: Lighthouse opens a
// fresh tab, so nothing set up in another browser would reach it.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromiumFlags, launchOptions } from "../scripts/browser.mjs";

const chromePath = process.env.CHROME_PATH ?? launchOptions.executablePath ?? chromium.executablePath();

/** One fresh-browser run; formFactor "desktop" or "mobile" (Lighthouse's default: a throttled mid-range phone). */
export async function audit(url, { formFactor, cookie }) {
  if (!existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath}`); // chrome-launcher would crash the process
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumFlags, logLevel: "silent" });
  try {
    const flags = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      extraHeaders: { Cookie: cookie },
    };
    const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse returned no report");
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance.score ?? NaN) * 100),
      fcp: value("first-contentful-paint"),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      bytes: value("total-byte-weight"),
      warnings: lhr.runWarnings,
    };
  } finally {
    chrome.kill();
  }
}
