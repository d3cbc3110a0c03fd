import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { EmbeddedBlock, SchemaModel } from "@cardinal/core";
import type { ResolvedConfig } from "./config.js";
import { FileSystemError } from "./fs-error.js";
import { parseOptions } from "./generator-options.js";
import { normalizeForComparison } from "./normalize.js";
import { isInside, shown } from "./output-location.js";

/*
 * Docs embedding: Markdown files the user owns, in which Cardinal keeps a generator's text between its markers
 * (the Mermaid generator's `<!-- cardinal:mermaid:start -->` and `<!-- cardinal:mermaid:end -->`). They are not in
 * the manifest and never removed; only the text between the markers changes, and a file is replaced atomically (temporary file + rename).
 */

/** A Markdown file with embedded diagrams: its text now and with every block up to date. */
export interface DocsFile {
  /** As the user sees it: relative to the project. */
  readonly path: string;
  readonly absolute: string;
  readonly current: string;
  readonly content: string;
  readonly blocks: readonly EmbeddedBlock[];
}

/** A docs file that cannot be used (missing, a link, outside the project, bad markers): exit 2, one line. */
export class DocsError extends FileSystemError {}

/** The file's text, read only if every part of its path below the project is a real folder and it is a file. */
function readDocsFile(root: string, absolute: string, path: string): string {
  if (!isInside(root, absolute) || absolute === root)
    throw new DocsError(`docs: ${path} is outside the project (${root}); keep docs files inside it`);
  let at = root;
  for (const part of relative(root, absolute).split(sep)) {
    at = join(at, part);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat) throw new DocsError(`docs: ${path} does not exist; create it with the markers where the diagram goes`);
    if (stat.isSymbolicLink())
      throw new DocsError(`docs: ${shown(root, at)} is a symbolic link; gen never writes through links`);
  }
  if (!lstatSync(absolute).isFile()) throw new DocsError(`docs: ${path} is not a file`);
  return readFileSync(absolute, "utf8");
}

/** Refuses a docs file inside a generator's folder: those folders are replaced as a whole. */
function refuseGenerated(config: ResolvedConfig, absolute: string, path: string): void {
  for (const [name, options] of config.generators)
    if (isInside(resolve(config.root, config.output, options.output ?? name), absolute))
      throw new DocsError(`docs: ${path} is inside the ${name} generator's output folder; keep docs files elsewhere`);
}

/**
 * Reads each docs file of the generators that embed their output in Markdown (a plugin with `embed`, and its `docs`
 * option or `--docs`: the Mermaid generator's diagrams) and computes its up-to-date text. Writes nothing. Marker
 * problems are a `DocsError` naming `file:line:col`.
 */
export async function planDocs(config: ResolvedConfig, model: SchemaModel): Promise<DocsFile[]> {
  const planned: DocsFile[] = [];
  for (const [name, options] of config.generators) {
    const plugin = config.plugins.get(name);
    const paths = options.docs as readonly string[] | undefined;
    if (!plugin?.embed || !paths || paths.length === 0) continue;
    const parsed = parseOptions(plugin, options);
    for (const absolute of new Set(paths.map((path) => resolve(config.root, path)))) {
      const path = shown(config.root, absolute);
      refuseGenerated(config, absolute, path);
      const current = readDocsFile(config.root, absolute, path);
      const result = await plugin.embed(current, model, parsed);
      const [first, ...rest] = result.errors;
      if (first) {
        const more = rest.length === 0 ? "" : ` (and ${rest.length} more problem${rest.length === 1 ? "" : "s"})`;
        throw new DocsError(`${path}:${first.line}:${first.column}: ${first.message}${more}`);
      }
      planned.push({ path, absolute, current, content: result.content, blocks: result.blocks });
    }
  }
  return planned;
}

/** Each stale block as `file:line` (its start marker's line), ignoring whitespace as `gen check` does elsewhere. */
export function staleDocs(files: readonly DocsFile[]): string[] {
  const same = (a: string, b: string) => normalizeForComparison("docs.md", a) === normalizeForComparison("docs.md", b);
  return files.flatMap((file) =>
    file.blocks.filter((block) => !same(block.current, block.expected)).map((block) => `${file.path}:${block.line}`),
  );
}

/**
 * Writes the docs files whose blocks changed: a temporary file next to each, renamed over it (same permissions).
 * A file that changed on disk since it was read is left alone (an error: run gen again).
 */
export function writeDocs(files: readonly DocsFile[]): { written: string[]; unchanged: string[] } {
  const changed = files.filter((file) => file.content !== file.current);
  for (const file of changed) {
    const stat = lstatSync(file.absolute, { throwIfNoEntry: false });
    if (!stat?.isFile() || readFileSync(file.absolute, "utf8") !== file.current)
      throw new DocsError(`docs: ${file.path} changed while gen ran; run gen again`);
    const temporary = join(dirname(file.absolute), `.${basename(file.absolute)}.cardinal-${process.pid}.tmp`);
    try {
      writeFileSync(temporary, file.content, { flag: "wx", mode: stat.mode & 0o7777 });
      renameSync(temporary, file.absolute);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }
  return {
    written: changed.map((file) => file.path),
    unchanged: files.filter((file) => file.content === file.current).map((file) => file.path),
  };
}
