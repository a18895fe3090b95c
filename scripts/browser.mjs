// Which Chromium to drive: Debian's /usr/bin/chromium where it exists (no browser
// downloads on our CI machines), else Playwright's own browser on a developer laptop.
import { existsSync } from "node:fs";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const launchOptions = SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM, args: chromiumFlags } : {};

export const hasSystemChromium = Boolean(SYSTEM_CHROMIUM);
