// Byte figures from the built files themselves: gzip (level 9) and brotli (quality 11) sizes,
// what any server or CDN would send, whatever this bench's own server happened to negotiate.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const sizesCache = new Map();

/** raw, gzip and brotli sizes of one file of a build, by its URL path ("/assets/index-abc.js"). */
export function fileSizes(root, urlPath) {
  const path = join(root, urlPath);
  if (!sizesCache.has(path)) {
    const body = readFileSync(path);
    sizesCache.set(path, {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizesCache.get(path);
}

const KINDS = { script: "js", stylesheet: "css" };

/**
 * What one first load downloaded, by kind: bytes on the wire and unpacked (as the browser saw
 * them), and the gzip and brotli sizes of the same files. `phase` limits it to "initial" (before
 * the page showed its figures) or counts everything until the network went quiet.
 */
export function loadBytes(root, responses, phase) {
  const out = {};
  for (const r of responses) {
    const kind = KINDS[r.type];
    if (!kind || (phase && r.phase !== phase)) continue;
    const sum = (out[kind] ??= { files: 0, wire: 0, raw: 0, gzip: 0, br: 0 });
    const file = fileSizes(root, r.url);
    sum.files += 1;
    sum.wire += r.wire;
    sum.raw += r.bytes;
    sum.gzip += file.gzip;
    sum.br += file.br;
  }
  return out;
}

/** Every JS and CSS file of a build, and when the order page fetched it: before its figures, while idle, or never. */
export function assetTable(root, files, responses) {
  const phaseOf = new Map(responses.filter((r) => KINDS[r.type]).map((r) => [r.url, r.phase]));
  return [...files.keys()]
    .filter((url) => /\.(js|css)$/.test(url))
    .map((url) => ({
      file: url.replace(/^\/assets\//, ""),
      ...fileSizes(root, url),
      loaded: phaseOf.get(url) ?? "on demand",
    }))
    .sort((a, b) => b.gzip - a.gzip);
}
