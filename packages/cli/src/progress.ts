import type { GeneratorName } from "./config.js";
import type { Output } from "./output.js";

/** A step of a run, as `runGenerators` reports it. */
export type ProgressEvent =
  | { readonly kind: "schema"; readonly models: number }
  | { readonly kind: "generator"; readonly generator: GeneratorName; readonly index: number; readonly total: number }
  | { readonly kind: "generated"; readonly generator: GeneratorName; readonly files: number }
  | { readonly kind: "write"; readonly files: number };

/** Receives the steps of a run and shows them, or not. */
export interface Progress {
  readonly report: (event: ProgressEvent) => void;
  /** Erases the status line (before the summary is printed). */
  readonly finish: () => void;
}

/** A progress that shows nothing (not a terminal, `--quiet`, `--json`). */
export const silentProgress: Progress = { report: () => {}, finish: () => {} };

/**
 * A status line on stderr (`gen: [2/4] zod · types 1012 files · 1.4 s`) for a run that lasts over `delayMs`: a run
 * that ends sooner shows nothing. Only where `output.status` exists (stderr is a terminal) and `enabled`.
 */
export function createProgress(
  output: Output,
  enabled: boolean,
  delayMs = 1000,
  now = () => performance.now(),
): Progress {
  const status = output.status;
  if (!enabled || status === undefined) return silentProgress;
  const start = now();
  const done: string[] = [];
  let current = "reading the schema";
  const draw = () => status.update(`gen: ${[current, ...done].join(" · ")} · ${((now() - start) / 1000).toFixed(1)} s`);
  // Generators run synchronously: the timer fires only between them, so each event also draws once it is due.
  const timer = setTimeout(draw, delayMs);
  timer.unref();
  return {
    report: (event) => {
      current = describe(event, done);
      if (now() - start >= delayMs) draw();
    },
    finish: () => {
      clearTimeout(timer);
      status.clear();
    },
  };
}

function describe(event: ProgressEvent, done: string[]): string {
  switch (event.kind) {
    case "schema":
      return `${event.models} models parsed`;
    case "generator":
      return `[${event.index}/${event.total}] ${event.generator}`;
    case "generated":
      done.push(`${event.generator} ${event.files} files`);
      return `${event.generator} done`;
    case "write":
      return `writing ${event.files} files`;
  }
}
