import { setFlagsFromString } from "node:v8";

/**
 * V8's budget (bytecode executed) before a function is considered for the optimizing compiler, for a `gen` process.
 * Node 20's default (67,584) sends hot parser and generator functions to TurboFan within the first few hundred
 * models; on a two-core machine those compiles compete with the run itself and a one-shot run ends before they pay
 * back. Measured cold, 3-4 interleaved runs each (Node 20.20, 2 cores): `gen` 1,000 models 1.68 → 1.33 s, 5,000
 * models 4.97 → 4.67 s, 100 models 0.52 → 0.45 s; `gen validate` 5,000 models 1.76 → 1.65 s; 10,000 models level.
 */
const shortRunInterruptBudget = 600_000;

/**
 * Lets functions run longer before V8 optimizes them, as suits a process that generates once and exits. Only on
 * Node 20 (V8 11), where it was measured: later V8s tier up differently (Maglev) and keep their defaults. Call it
 * before the modules doing the work are loaded: functions take the budget when they are first run.
 */
export function tuneV8ForShortRuns(v8Version = process.versions.v8): void {
  if (v8Version.startsWith("11.")) setFlagsFromString(`--interrupt-budget=${shortRunInterruptBudget}`);
}
