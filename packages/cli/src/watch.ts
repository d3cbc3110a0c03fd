import { relative } from "node:path";
import type { FSWatcher } from "chokidar";
import type { ResolvedConfig } from "./config.js";
import { findSchemaPath, SchemaNotFoundError } from "./find-schema.js";
import { ConfigLoadError, type LoadedProject } from "./load-config.js";
import type { Output } from "./output.js";
import { createRunQueue } from "./run-queue.js";
import {
  configTargets,
  isOnTheWay,
  isWatched,
  mergeTargets,
  schemaTargets,
  type WatchTargets,
  watchRoots,
} from "./watch-targets.js";

/** What `gen watch` needs from the command line. */
export interface WatchOptions {
  readonly root: string;
  readonly configFlag: string | undefined;
  /** Loads the config afresh (each run: a changed config is used at once). Throws user errors. */
  readonly load: () => Promise<LoadedProject>;
  /** Generates with a config; resolves with the exit code. Throws user errors. */
  readonly run: (config: ResolvedConfig) => Promise<number>;
  /**
   * The one-line message of an error that is the user's mistake or the file system's (printed, watch goes on);
   * undefined for a bug (watch ends).
   */
  readonly describeError: (error: unknown) => string | undefined;
  readonly output: Output;
}

/** After a burst of saves, wait this long for quiet before running. */
const debounceMs = 100;

type Failure = "config" | "schema" | "missing" | "other";

const recovered: Readonly<Record<Failure, string>> = {
  config: "the config is valid again",
  schema: "the schema is valid again",
  missing: "the schema is back",
  other: "all good again",
};

/**
 * Generates, then again whenever the schema, the config or a file the config imports changes, however it is saved
 * (in place, or by writing a new file and renaming it over the old one as vim, JetBrains IDEs, `sed -i` and
 * `git checkout` do). Each run reloads the config. A missing schema or a broken config is said and waited for;
 * changes during a run make one more run after it. Built on chokidar, watching the folders that hold the targets
 * (not the files themselves, whose identity a rename replaces). Resolves with 0 on SIGINT/SIGTERM.
 */
export async function watch(options: WatchOptions): Promise<number> {
  const { root, output } = options;
  const configs: WatchTargets = { files: new Set(configTargets(root, options.configFlag)), folders: new Set() };
  let schema = schemaTargets(root, undefined);
  let targets = mergeTargets(configs, schema);
  // chokidar is loaded here, not at the top: only `gen watch` needs it.
  const { watch: watchFiles } = await import("chokidar");
  const watcher = watchFiles(watchRoots(targets), {
    ignoreInitial: true,
    ignored: (path) => !isOnTheWay(targets, path),
  });
  await new Promise<void>((ready) => watcher.once("ready", () => ready()));
  let failure: Failure | undefined;
  let first = true;
  const show = (path: string) => relative(root, path) || path;

  const cycle = async (reasons: readonly string[]) => {
    if (!first) output.out(`changed: ${reasons.map(show).join(", ")}`);
    const outcome = await runOnce(options, (configFiles, nextSchema = schema) => {
      schema = nextSchema;
      targets = mergeTargets(configs, schema, { files: new Set(configFiles), folders: new Set() });
      watcher.add(watchRoots(targets));
    });
    if (outcome.failure === undefined && failure !== undefined) output.out(recovered[failure]);
    failure = outcome.failure;
    const watching = outcome.watching.length > 0 ? outcome.watching.map(show).join(", ") : "for changes";
    if (first) output.out(`watching ${watching} (Ctrl-C to stop)`);
    first = false;
  };

  return await new Promise<number>((done, fail) => {
    const stop = (result: () => void) => {
      queue.close();
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      void watcher.close().then(result, result);
    };
    const onSignal = () => stop(() => done(0));
    const queue = createRunQueue(cycle, debounceMs, (error) => stop(() => fail(error)));
    listen(watcher, () => targets, queue.request, output);
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    queue.request(root);
  });
}

/** Passes every change that matters to `request`; says (without stopping) when watching fails. */
function listen(
  watcher: FSWatcher,
  current: () => WatchTargets,
  request: (path: string) => void,
  output: Output,
): void {
  watcher.on("all", (event, path) => {
    if (isWatched(current(), path, event === "addDir" || event === "unlinkDir")) request(path);
  });
  watcher.on("error", (error) => output.err(`gen: watching failed: ${(error as Error).message}`));
}

interface Outcome {
  readonly failure: Failure | undefined;
  /** The files in use, for the `watching ...` line. */
  readonly watching: readonly string[];
}

/**
 * One run: load the config, hand its files and schema to the watcher (`retarget`), generate. User errors are
 * printed as `gen: ...` and make a failed outcome; anything else is a bug and rejects.
 */
async function runOnce(
  options: WatchOptions,
  retarget: (configFiles: readonly string[], schema?: WatchTargets) => void,
): Promise<Outcome> {
  const { root, output } = options;
  let project: LoadedProject;
  try {
    project = await options.load();
  } catch (error) {
    const message = options.describeError(error);
    if (message === undefined) throw error;
    output.err(`gen: ${message}`);
    const files = error instanceof ConfigLoadError ? error.files : [];
    retarget(files);
    return { failure: "config", watching: files };
  }
  retarget(project.files, schemaTargets(root, project.config.schema));
  try {
    const code = await options.run(project.config);
    const watching = [...schemaInUse(root, project.config.schema), ...project.files];
    return { failure: code === 0 ? undefined : "schema", watching };
  } catch (error) {
    const message = options.describeError(error);
    if (message === undefined) throw error;
    output.err(`gen: ${message}`);
    if (!(error instanceof SchemaNotFoundError)) return { failure: "other", watching: project.files };
    output.err("gen: waiting for the schema to come back");
    return { failure: "missing", watching: project.files };
  }
}

function schemaInUse(root: string, schema: string | undefined): string[] {
  try {
    return [findSchemaPath(root, schema)];
  } catch {
    return [];
  }
}
