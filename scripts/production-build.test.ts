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
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
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

  it("loads its JavaScript from a few files of reasonable size", () => {
    const js = files.filter((f) => f.name.endsWith(".js"));
    const gzip = js.reduce((sum, f) => sum + gzipSync(f.text).length, 0);
    console.info(`production JS: ${js.length} files, ${(gzip / 1024).toFixed(1)} KiB gzip`);
    expect(js.length).toBeGreaterThan(0);
    // A guard against accidents (a mock or a locale pack slipping in); the tight budget is the benchmark's.
    expect(gzip).toBeLessThan(180 * 1024);
  });
});
