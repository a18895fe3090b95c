// @vitest-environment node
// The import rules in eslint.config.js must hold whatever an import's spelling: this lints small
// probes with the project's own config and checks that each forbidden import fails with the rule
// meant for it, and that an allowed one passes (so the test can fail).
//
// The rules judge resolved files, so what is imported must exist on disk: a fixture folder is
// written into src/features (a dot folder: TypeScript, Vitest and feature detection in the config
// skip it, and the config's ignores keep `eslint .` off it) and removed afterwards. The importing
// probes need no file: they are linted as text under the path they pretend to have.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const fixtures = mkdtempSync(join(root, "src/features/.lint-fixtures-"));
const fixtureFolder = basename(fixtures); // e.g. .lint-fixtures-Ab12Cd
const removeFixtures = () => rmSync(fixtures, { recursive: true, force: true });
process.once("exit", removeFixtures); // even if the run dies before afterAll

// Ignores off: the fixture folder is one of the config's ignores.
const eslint = new ESLint({ cwd: root, ignore: false });

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

// Written as Prettier would, since `prettier --check .` looks into dot folders.
const cycleA = 'import { b } from "./cycle-b";\n\nexport const a = () => b();\n';
const cycleB = 'import { a } from "./cycle-a";\n\nexport const b = () => a();\n';
const importing = (specifier: string) => `import { fixture } from "${specifier}";\n\nexport const probe = fixture;\n`;

beforeAll(() => {
  writeFileSync(join(fixtures, "module.ts"), 'export const fixture = "feature code";\n');
  writeFileSync(join(fixtures, "cycle-a.ts"), cycleA);
  writeFileSync(join(fixtures, "cycle-b.ts"), cycleB);
});
afterAll(removeFixtures);

describe("import rules", { timeout: 60_000 }, () => {
  it.each([
    ["relative", `../features/${fixtureFolder}/module`],
    ["alias", `@/features/${fixtureFolder}/module`],
  ])("src/api importing a feature fails, spelled %s", async (_spelling, specifier) => {
    expect(await lint("src/api/lint-probe.ts", importing(specifier))).toEqual([
      { ruleId: "import-x/no-restricted-paths", message: expect.stringContaining("src/api may import only src/lib") },
    ]);
  });

  it.each([
    ["relative", `../${fixtureFolder}/module`],
    ["alias", `@/features/${fixtureFolder}/module`],
  ])("features/auth importing another feature fails, spelled %s", async (_spelling, specifier) => {
    expect(await lint("src/features/auth/lint-probe.ts", importing(specifier))).toEqual([
      { ruleId: "import-x/no-restricted-paths", message: expect.stringContaining("never imports another feature") },
    ]);
  });

  it("an import the layers allow passes: app importing a feature", async () => {
    expect(await lint("src/app/lint-probe.ts", importing(`../features/${fixtureFolder}/module`))).toEqual([]);
    expect(await lint("src/app/lint-probe.ts", importing(`@/features/${fixtureFolder}/module`))).toEqual([]);
  });

  it("two files that import each other fail no-cycle", async () => {
    const file = `src/features/${fixtureFolder}/cycle-a.ts`;
    expect(await lint(file, cycleA)).toEqual([{ ruleId: "import-x/no-cycle", message: "Dependency cycle detected" }]);
    // The same file without the import back is fine.
    expect(await lint(file, "export const a = () => 1;\n")).toEqual([]);
  });

  it("an import the resolver cannot follow fails instead of slipping past the layer rules", async () => {
    expect(await lint("src/api/lint-probe.ts", importing("@/features/no-such-feature/module"))).toEqual([
      { ruleId: "import-x/no-unresolved", message: expect.stringContaining("no-such-feature") },
    ]);
  });
});

describe("words on screen", { timeout: 60_000 }, () => {
  const probe = (body: string) => `export const Probe = ({ on }: { on: boolean }) => (\n${body}\n);\n`;
  const words = async (body: string) =>
    (await lint("src/features/auth/lint-probe.tsx", probe(body)))
      .filter((m) => m.ruleId === "local/no-words-in-jsx")
      .map((m) => m.message);

  it("English in JSX text, in braces or in a prop people read fails", async () => {
    expect(await words('  <p title="Payment details">\n    Refund {on ? "Yes" : "No"}\n  </p>')).toEqual([
      'Words on screen go through t() (src/i18n): "Payment details"',
      'Words on screen go through t() (src/i18n): "Refund"',
      'Words on screen go through t() (src/i18n): "Yes"',
      'Words on screen go through t() (src/i18n): "No"',
    ]);
  });

  it("words through t(), technical props and shortcut keys pass", async () => {
    const body =
      '  <p className="text-sm" aria-keyshortcuts="c" title={t("refund.panelTitle")}>\n    {t("x")} / {on && "c"}\n  </p>';
    expect(await words(body)).toEqual([]);
  });
});
