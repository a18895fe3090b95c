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

export function messageCatalogs(dir = MESSAGES_DIR): Plugin {
  return {
    name: "message-catalogs",
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return;
      const language = id.slice(PREFIX.length + 1);
      const folder = join(dir, language);
      for (const f of readdirSync(folder)) this.addWatchFile(join(folder, f));
      const compiled = Object.fromEntries(
        Object.entries(mergedCatalog(dir, language)).map(([key, message]) => [key, compileMessage(message)]),
      );
      return `export const messages = ${JSON.stringify(compiled)};`;
    },
  };
}
