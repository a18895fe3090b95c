// Turns the samples into the table (console and README) and results.json, and lists every
// figure that misses its budget.
import { readFileSync, writeFileSync } from "node:fs";
import { SECTIONS } from "./figures.mjs";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

export function stat(values) {
  if (!values?.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: values };
}

function check(budget, app, floor) {
  if (!budget || !app) return null;
  if (budget.ratio) return floor ? app.median / floor.median <= budget.ratio : null;
  if (budget.worst !== undefined) return app.max <= budget.worst;
  if (budget.min !== undefined) return app.median >= budget.min;
  return app.median <= budget.max;
}

const budgetText = (b) =>
  !b
    ? ""
    : b.ratio
      ? `≤ ${b.ratio}x floor`
      : b.worst !== undefined
        ? `≤ ${b.worst} ms, every run`
        : b.min !== undefined
          ? `≥ ${b.min}`
          : `≤ ${b.max}`;

/** One row per figure: statistics for the app and the floor, the ratio, and the verdict. */
export function summarize(samples) {
  return SECTIONS.map(([title, rows]) => {
    let parent = "";
    return {
      title,
      rows: rows.map(([key, label, unit, budget]) => {
        const app = stat(samples[key]?.app);
        const floor = stat(samples[key]?.floor);
        const ratio = app && floor && floor.median ? app.median / floor.median : null;
        // An indented row ("  longest task") belongs to the row above; its full name says so.
        const name = label.startsWith("  ") ? `${parent}: ${label.trim()}` : (parent = label);
        return {
          key,
          label,
          name,
          unit,
          app,
          floor,
          ratio,
          budget: budgetText(budget),
          pass: check(budget, app, floor),
        };
      }),
    };
  });
}

export function show(s, unit) {
  if (!s) return "–";
  const f = (v) =>
    unit === "KiB" ? (v / 1024).toFixed(1) : unit === "ms" ? Math.round(v).toString() : String(Math.round(v * 10) / 10);
  return f(s.min) === f(s.max) ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

export function markdown(sections, assets, meta) {
  const lines = [
    `Measured ${meta.date} with \`npm run bench\`: ${meta.runs} fresh-browser run${meta.runs === 1 ? "" : "s"} per figure, median (min–max); ${meta.machine}; load average ${meta.loadAverage.join(" before, ")} after.`,
    "The floor is `bench/floor/`: one plain page that uses each of our libraries the way the app does and no more: a wouter route for `/orders/:id`, one TanStack Query request checked with zod/mini, a react-hook-form form validated by zod/mini in a Radix dialog opened by a button (capture: one amount field), and the refund panel's four fields (payment, amount, reason, note) in the same kind of dialog at its own address (`/orders/:id/refund`), opened by the item of a hand-written menu button, as the app's is. The floor has no speed work of its own: no prefetching, no rehearsal, one script.",
    ...(meta.lighthouse === "ran" ? [] : [`Lighthouse ${meta.lighthouse}: see the browser's own FCP and LCP below.`]),
    "",
    "| figure | unit | app | floor | app / floor | budget | |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const { title, rows } of sections) {
    lines.push(`| **${title}** | | | | | | |`);
    for (const r of rows) {
      const verdict = r.pass === null ? "" : r.pass ? "ok" : "**missed**";
      const label = r.label.startsWith("  ") ? `&nbsp;&nbsp;${r.label.trim()}` : r.label;
      lines.push(
        `| ${label} | ${r.unit} | ${show(r.app, r.unit)} | ${show(r.floor, r.unit)} | ${r.ratio === null ? "" : `${r.ratio.toFixed(2)}x`} | ${r.budget} | ${verdict} |`,
      );
    }
  }
  lines.push(
    "",
    "Every JS and CSS file of the app's build, and when the order page loads it:",
    "",
    "| file | KiB | gzip KiB | brotli KiB | loaded |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const a of assets)
    lines.push(
      `| ${a.file} | ${(a.raw / 1024).toFixed(1)} | ${(a.gzip / 1024).toFixed(1)} | ${(a.br / 1024).toFixed(1)} | ${a.loaded} |`,
    );
  return lines.join("\n");
}

export const misses = (sections) =>
  sections.flatMap((s) =>
    s.rows
      .filter((r) => r.pass === false)
      .map(
        (r) =>
          `${s.title.split(" (")[0]}, ${r.name}: app ${show(r.app, r.unit)} ${r.unit}, floor ${show(r.floor, r.unit)}, budget ${r.budget}`,
      ),
  );

/** Writes results.json and puts the table between the markers under "## Performance" in README.md. */
export function writeOutputs({ resultsFile, readmeFile, sections, assets, meta, table }) {
  writeFileSync(resultsFile, `${JSON.stringify({ meta, sections, assets, misses: misses(sections) }, null, 2)}\n`);
  const readme = readFileSync(readmeFile, "utf8"); // read late: others edit the README too
  const block = `${START}\n${table}\n${END}`;
  const next =
    readme.includes(START) && readme.includes(END)
      ? readme.slice(0, readme.indexOf(START)) + block + readme.slice(readme.indexOf(END) + END.length)
      : `${readme.trimEnd()}\n\n## Performance\n\n${block}\n`;
  writeFileSync(readmeFile, next);
}
