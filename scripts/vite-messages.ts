// Each language's messages as one module ("virtual:messages/de"): the JSON files of
// src/i18n/<language>/ merged, every ICU message compiled for Lingui's runtime at build time, so
// the app ships neither the message parser nor a language it is not showing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import type { Plugin } from "vite";

export const MESSAGES_DIR = fileURLToPath(new URL("../src/i18n", import.meta.url));
const PREFIX = "virtual:messages/";
/** How a language's module is named in a build (its chunk's module ids). */
export const MESSAGES_MODULE = `\0${PREFIX}`;

/** The JSON files of one language, by file name, as written (key -> ICU message). */
export function readCatalog(dir: string, language: string): Record<string, Record<string, string>> {
  const folder = join(dir, language);
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort();
  return Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(join(folder, f), "utf8"))]));
}

/** One language's messages, merged; a key written in two files is an error, not a silent pick. */
export function mergedCatalog(dir: string, language: string): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [file, messages] of Object.entries(readCatalog(dir, language))) {
    for (const [key, message] of Object.entries(messages)) {
      if (key in merged) throw new Error(`${language}/${file}: the key "${key}" is also in another file`);
      merged[key] = message;
    }
  }
  return merged;
}

/**
 * In a build, each key becomes a short id, the same in the code and in every language's module:
 * "order.activityTitle" is written once per use and once per language, and merchants download
 * neither. Keys are whole string literals in the code (scripts/message-catalogs.test.ts checks).
 */
export function shortIds(dir: string): Map<string, string> {
  const keys = Object.keys(mergedCatalog(dir, "en")).sort();
  return new Map(keys.map((key, i) => [key, i.toString(36)]));
}

export function messageCatalogs(dir = MESSAGES_DIR): Plugin {
  let ids: Map<string, string> | null = null;
  return {
    name: "message-catalogs",
    configResolved(config) {
      if (config.command === "build") ids = shortIds(dir);
    },
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(MESSAGES_MODULE)) return;
      const language = id.slice(MESSAGES_MODULE.length);
      const folder = join(dir, language);
      for (const f of readdirSync(folder)) this.addWatchFile(join(folder, f));
      const compiled = Object.fromEntries(
        Object.entries(mergedCatalog(dir, language)).map(([key, message]) => [
          ids?.get(key) ?? key,
          compileMessage(message),
        ]),
      );
      return `export const messages = ${JSON.stringify(compiled)};`;
    },
    transform(code, id) {
      if (!ids || id.includes("node_modules") || id.startsWith("\0") || !/\.tsx?$/.test(id)) return;
      const out = code.replace(/"([a-z]+\.[A-Za-z0-9.]+)"/g, (whole, key: string) => {
        const short = ids!.get(key);
        return short === undefined ? whole : `"${short}"`;
      });
      return out === code ? undefined : { code: out, map: null };
    },
  };
}
