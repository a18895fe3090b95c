// Other builds measured beside the app in the same run: BENCH_COMPARE="name=git-ref,…" builds
// each ref from its own worktree (this checkout's node_modules linked in) and measures its
// first load, its dialogs and Lighthouse as the app's are. It is how a piece of speed work is
// judged: the same figures with and without it, on the same machine at the same moment.
import { execFileSync } from "node:child_process";
import { existsSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { projectRoot } from "./build.mjs";

/** Parses BENCH_COMPARE into [{ name, ref }]. */
export function comparisons(text = process.env.BENCH_COMPARE ?? "") {
  return text
    .split(",")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const [name, ref] = pair.split("=");
      if (!name || !ref) throw new Error(`BENCH_COMPARE: "${pair}" is not name=git-ref`);
      return { name, ref };
    });
}

const git = (...args) => execFileSync("git", args, { cwd: projectRoot, stdio: ["ignore", "pipe", "inherit"] });

/** Builds each ref into outDir/compare-<name>; returns [{ name, ref, dir }]. */
export async function buildComparisons(list, outDir) {
  const built = [];
  for (const { name, ref } of list) {
    const tree = join(outDir, `tree-${name}`);
    git("worktree", "add", "--detach", "--force", tree, ref);
    if (!existsSync(join(tree, "node_modules")))
      symlinkSync(join(projectRoot, "node_modules"), join(tree, "node_modules"));
    const dir = join(outDir, `compare-${name}`);
    await build({ root: tree, mode: "production", logLevel: "warn", build: { outDir: dir, emptyOutDir: true } });
    built.push({ name, ref, dir });
  }
  return built;
}

/** Forgets the worktrees once their folders are gone. */
export const pruneWorktrees = () => git("worktree", "prune");

// The figures a piece of speed work can move, budgeted or not, in the comparison table.
const FIGURES = [
  ["js.gzip", "JS until idle, gzip", "KiB"],
  ["jsInitial.gzip", "JS before the figures show, gzip", "KiB"],
  ["lhDesktop.lcp", "Lighthouse desktop LCP", "ms"],
  ["lhMobile.lcp", "Lighthouse mobile LCP", "ms"],
  ["lhMobile.score", "Lighthouse mobile score", "score"],
  ["lhMobile.tbt", "Lighthouse mobile TBT", "ms"],
  ["load.ready", "Load to payment figures painted", "ms"],
  ["load.lcp", "In-browser LCP", "ms"],
  ["capture1.ms", "Click Capture payment to dialog focused", "ms"],
  ["capture4.ms", "  the same at 4x CPU", "ms"],
  ["capture1.longestTask", "  longest task", "ms"],
  ["refund1.ms", "Row menu > Refund to panel focused", "ms"],
  ["refund4.ms", "  the same at 4x CPU", "ms"],
  ["refund1.longestTask", "  longest task", "ms"],
];

/** A markdown table: each figure for the app, the floor and every comparison, with its ratio to the floor. */
export function comparisonTable(samples, names, stat, show) {
  const kinds = ["app", "floor", ...names];
  const lines = [`| figure | ${kinds.join(" | ")} |`, `| --- | ${kinds.map(() => "---").join(" | ")} |`];
  for (const [key, label, unit] of FIGURES) {
    const floor = stat(samples[key]?.floor);
    const cells = kinds.map((kind) => {
      const s = stat(samples[key]?.[kind]);
      if (!s) return "–";
      const ratio = kind !== "floor" && floor?.median ? ` (${(s.median / floor.median).toFixed(2)}x)` : "";
      return show(s, unit) + ratio;
    });
    lines.push(`| ${label.replace(/^ {2}/, "&nbsp;&nbsp;")} (${unit}) | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}
