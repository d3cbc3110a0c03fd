// Shared by the benchmarks: the median of samples, and the one way a result is written down
// (bench/results/<name>.md and the README section between the bench:<name> markers).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

/** The median of a list of numbers (the upper one of the middle two for an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Writes a result table and its note to bench/results/<name>.md and into the README between its markers. */
export function writeReport(name, table, note) {
  mkdirSync(join(here, "results"), { recursive: true });
  writeFileSync(join(here, "results", `${name}.md`), `${table}\n\n${note}\n`);
  const readmePath = join(root, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const marked = new RegExp(`${start}[\\s\\S]*${end}`);
  if (!marked.test(readme)) return;
  writeFileSync(
    readmePath,
    readme.replace(marked, () => `${start}\n${table}\n\n${note}\n${end}`),
  );
  console.log("README.md updated");
}
