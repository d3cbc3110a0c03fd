import { relative, sep } from "node:path";
import type { GeneratorOutput } from "./generate.js";
import type { FileChange, FileEntry } from "./json-report.js";
import { readManifest } from "./manifest.js";
import { type Output, paint } from "./output.js";
import type { OutputLayout } from "./output-location.js";
import { unitsOf } from "./staging.js";
import { planFiles, plannedRemovals } from "./write-output.js";

/** A file `gen` would create, update, delete or leave, with its text before and after. */
export interface PlannedChange extends FileEntry {
  readonly change: Exclude<FileChange, "leftover">;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

const projectPath = (layout: OutputLayout, absolute: string) => relative(layout.root, absolute).split(sep).join("/");

/** What `gen` would do to each file, byte for byte as the writer decides it. Reads only. */
export function planChanges(
  layout: OutputLayout,
  outputs: readonly GeneratorOutput[],
  warn: (text: string) => void,
): PlannedChange[] {
  const units = unitsOf(layout);
  const planned = planFiles(layout, units, outputs);
  const previous = readManifest(layout.outputRoot);
  if (previous.warning) warn(previous.warning);
  const current = new Set(planned.map((file) => file.path));
  const removals = plannedRemovals(layout, units, previous.manifest, outputs, current, warn);
  return [
    ...planned.map((file): PlannedChange => {
      const change = file.current === undefined ? "create" : file.current === file.content ? "unchanged" : "update";
      const path = projectPath(layout, file.absolute);
      return { path, generator: file.generator, change, before: file.current, after: file.content };
    }),
    ...removals.map(
      (file): PlannedChange => ({
        path: projectPath(layout, file.absolute),
        generator: file.generator,
        change: "delete",
        before: file.current,
        after: undefined,
      }),
    ),
  ];
}

const colors = { create: "green", update: "yellow", delete: "red" } as const;

/** jsdiff's two-file patch. */
type CreatePatch = typeof import("diff").createTwoFilesPatch;

/**
 * `create  generated/types/models/Tag.ts` for each change (and its unified diff with `--diff`), then the counts.
 * jsdiff loads only for `--diff` (a bundle would otherwise load it with every command).
 */
export async function printDryRun(output: Output, changes: readonly PlannedChange[], withDiff: boolean): Promise<void> {
  const color = output.color.out;
  const createPatch = withDiff ? (await import("diff")).createTwoFilesPatch : undefined;
  for (const file of changes) {
    if (file.change === "unchanged") continue;
    output.out(`${paint(color, colors[file.change], file.change.padEnd(7))} ${file.path}`);
    if (createPatch) output.out(colorDiff(unifiedDiff(file, createPatch), color));
  }
  const count = (change: FileChange) => changes.filter((file) => file.change === change).length;
  output.out(
    `dry run: ${count("create")} to create, ${count("update")} to update, ${count("delete")} to delete, ${count("unchanged")} unchanged; nothing written`,
  );
}

/** The change as a unified diff (`--- a/path`, `+++ b/path`), `/dev/null` for a side that does not exist. */
function unifiedDiff(file: PlannedChange, createPatch: CreatePatch): string {
  const from = file.before === undefined ? "/dev/null" : `a/${file.path}`;
  const to = file.after === undefined ? "/dev/null" : `b/${file.path}`;
  const patch = createPatch(from, to, file.before ?? "", file.after ?? "", undefined, undefined, {
    context: 3,
  });
  // The first line is jsdiff's `Index:`/separator header: git's form starts at `---`.
  return patch.slice(patch.indexOf("---")).trimEnd();
}

function colorDiff(patch: string, on: boolean): string {
  if (!on) return patch;
  return patch
    .split("\n")
    .map((line) =>
      line.startsWith("+++") || line.startsWith("---")
        ? paint(on, "bold", line)
        : line.startsWith("+")
          ? paint(on, "green", line)
          : line.startsWith("-")
            ? paint(on, "red", line)
            : line.startsWith("@@")
              ? paint(on, "cyan", line)
              : line,
    )
    .join("\n");
}
