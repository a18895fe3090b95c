// @vitest-environment node
// The production build is what merchants deploy: it must carry no mock backend.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const outDir = mkdtempSync(join(tmpdir(), "opa-build-"));
let files: { name: string; text: string }[] = [];

beforeAll(async () => {
  process.env.NODE_ENV = "production"; // Vitest runs with "test", which would build React's development code
  await build({ mode: "production", logLevel: "silent", build: { outDir, emptyOutDir: true } });
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  files = walk(outDir).map((name) => ({ name: name.slice(outDir.length + 1), text: readFileSync(name, "utf8") }));
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("production build", () => {
  it("has no service worker and no mock code", () => {
    expect(files.map((f) => f.name)).not.toContain("mockServiceWorker.js");
    for (const { name, text } of files) {
      for (const marker of ["setupWorker", "mockServiceWorker", "supersecret", "Barbara Liskov", "__demo/reset"]) {
        expect(`${name}: ${text.includes(marker) ? marker : "clean"}`).toBe(`${name}: clean`);
      }
    }
  });

  it("says the page is loading before any script has run", () => {
    const html = files.find((f) => f.name === "index.html")!.text;
    const root = /<div id="root">(.*?)<\/div>/s.exec(html)?.[1] ?? "";
    expect(root.replace(/<[^>]+>/g, "").trim()).toBe("Loading…");
  });

  it("forbids inline script with a Content-Security-Policy", () => {
    const html = files.find((f) => f.name === "index.html")!.text;
    const policy = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "").replace(
      /&#39;/g,
      "'",
    );
    const scriptSrc = policy
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script in the page itself
  });

  it("keeps the first load of an order page within budget, and every lazy chunk small", () => {
    const gz = (name: string) => gzipSync(files.find((f) => f.name === name)!.text, { level: 9 }).length;
    // The first load: the entry script, the chunks the page preloads, and what they import
    // statically, as a browser fetches them.
    const html = files.find((f) => f.name === "index.html")!.text;
    const entry = /src="\/(assets\/index-[^"]+\.js)"/.exec(html)![1]!;
    const preloaded = [...html.matchAll(/rel="modulepreload"[^>]*href="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    const firstLoad = new Set<string>();
    const walk = (name: string) => {
      if (firstLoad.has(name)) return;
      firstLoad.add(name);
      const text = files.find((f) => f.name === name)!.text;
      for (const m of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) walk(`assets/${m[1]}`);
    };
    [entry, ...preloaded].forEach(walk);
    const first = [...firstLoad].reduce((sum, name) => sum + gz(name), 0);
    const lazy = files.filter((f) => f.name.endsWith(".js") && !firstLoad.has(f.name));
    console.info(
      `first-load JS ${(first / 1024).toFixed(1)} KiB gzip in ${firstLoad.size} files; ${lazy.length} lazy chunks`,
    );
    // 1.3x the 124 KiB floor app (our libraries once each, issue 4); the benchmark measures the ratio live.
    expect(first).toBeLessThan(160 * 1024);
    for (const chunk of lazy)
      expect(`${chunk.name} ${gz(chunk.name) < 30 * 1024 ? "small" : gz(chunk.name)}`).toBe(`${chunk.name} small`);
    // Code that runs on a click is compiled when it arrives; the first load is compiled lazily,
    // or the page would pay to compile code it may never run.
    const hinted = (name: string) =>
      files.find((f) => f.name === name)!.text.startsWith("//# allFunctionsCalledOnLoad\n");
    expect(lazy.filter((f) => !hinted(f.name)).map((f) => f.name)).toEqual([]);
    expect([...firstLoad].filter(hinted)).toEqual([]);
  });
});
