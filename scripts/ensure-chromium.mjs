// Makes sure a Chromium is there for the browser tests: Debian's package where we
// may install it (CI and these machines cannot download Playwright's own build),
// else Playwright's own browser on a developer's laptop.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: "ignore", shell: "/bin/sh" });
    return true;
  } catch {
    return false;
  }
};

export async function ensureChromium() {
  if (["/usr/bin/chromium", "/usr/bin/chromium-browser"].some((p) => existsSync(p))) return;
  const root = process.getuid?.() === 0;
  if (process.platform === "linux" && has("apt-get") && (root || has("sudo"))) {
    const sudo = root ? "" : "sudo ";
    console.log("Installing Debian's chromium for the browser tests…");
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
      stdio: "inherit",
      shell: "/bin/sh",
    });
    return;
  }
  const { chromium } = await import("@playwright/test");
  if (!existsSync(chromium.executablePath())) {
    console.log("Installing Playwright's Chromium for the browser tests…");
    execSync("npx playwright install chromium", { stdio: "inherit" });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await ensureChromium();
