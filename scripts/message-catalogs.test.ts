// @vitest-environment node
// Every language complete, and no message orphaned: the same keys with the same placeholders in
// each language, each message valid ICU, and each key used by the app's code.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../src/i18n/languages";
import { MESSAGES_DIR, mergedCatalog, readCatalog } from "./vite-messages";

const SRC = fileURLToPath(new URL("../src", import.meta.url));
const languages = Object.keys(LANGUAGES);
const english = mergedCatalog(MESSAGES_DIR, "en");

/** The names a message fills in ({amount}, {count, plural, ...}), sorted. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (!Array.isArray(node)) return;
    if (typeof node[0] === "string" && (node.length === 1 || typeof node[1] === "string")) {
      if (node.length <= 3 && /^[A-Za-z_]\w*$/.test(node[0]) && node !== compiled) names.add(node[0]);
    }
    for (const part of node) {
      if (Array.isArray(part)) walk(part);
      else if (part && typeof part === "object") Object.values(part).forEach(walk);
    }
  };
  const compiled = compileMessage(message);
  if (Array.isArray(compiled)) compiled.forEach(walk);
  return [...names].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "i18n" && dir === SRC ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("message catalogs", () => {
  it("every language has the same files", () => {
    const files = (language: string) => Object.keys(readCatalog(MESSAGES_DIR, language));
    for (const language of languages) expect(files(language), language).toEqual(files("en"));
  });

  it.each(languages)("%s has every key English has, and no other", (language) => {
    const keys = Object.keys(mergedCatalog(MESSAGES_DIR, language)).sort();
    const missing = Object.keys(english).filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !(k in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(languages)("%s: every message is valid ICU and fills in the same names as English", (language) => {
    const catalog = mergedCatalog(MESSAGES_DIR, language);
    const wrong = Object.entries(catalog).filter(
      ([key, message]) => key in english && placeholders(message).join() !== placeholders(english[key]!).join(),
    );
    expect(wrong.map(([key, message]) => `${key}: ${message}`)).toEqual([]);
  });

  it("every key is used by the app's code, written out whole", () => {
    const code = sourceFiles(SRC)
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = Object.keys(english).filter((key) => !code.includes(`"${key}"`));
    expect(unused, `keys no code in ${relative(process.cwd(), SRC)} uses`).toEqual([]);
  });
});
