// Cardinal's side: cold `gen` processes of the built CLI (packages/cli/dist/bin.js) in a project folder.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { coldMedian } from "./measure.mjs";

/** The built `gen`. */
export const genBin = join(import.meta.dirname, "../../packages/cli/dist/bin.js");

/** What the benchmark asks of Cardinal: a label, the `gen` arguments, and the kind of output it compares with. */
export const cardinalCommands = [
  { kind: "validate", args: ["validate"] },
  { kind: "sql", args: ["--only", "sql"] },
  { kind: "types", args: ["--only", "types"] },
  { kind: "zod", args: ["--only", "zod"] },
  { kind: "mermaid", args: ["--only", "mermaid"] },
  { kind: "all", args: [] },
];

/** Median of `runs` cold `gen <args> --quiet` processes, the output folder removed before each (fresh output). */
export function timeGen(project, args, runs) {
  const prepare = () => rmSync(join(project, "generated"), { recursive: true, force: true });
  return coldMedian(runs, prepare, process.execPath, [genBin, ...args, "--quiet"], {
    cwd: project,
    env: { ...process.env, NO_COLOR: "1" },
  });
}
