// How the side-by-side benchmark times a cold process: wall time around the spawn, and the peak resident set size
// from GNU time (`/usr/bin/time -f %M`) when it exists.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "../report.mjs";

const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const timeFile = join(tmpdir(), `cardinal-bench-peers-time-${process.pid}.txt`);

/**
 * Runs one process to completion; throws with its output when it fails.
 * @returns {{ ms: number, rssMb: number | undefined, output: string, ok: boolean }}
 */
export function runOnce(command, args, { cwd, env = process.env, allowFailure = false } = {}) {
  const [file, argv] = gnuTime ? [gnuTime, ["-o", timeFile, "-f", "%M", command, ...args]] : [command, args];
  const start = performance.now();
  const result = spawnSync(file, argv, { cwd, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if ((result.status !== 0 || result.error) && !allowFailure)
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${output.slice(-2000)}`);
  let rssMb;
  if (gnuTime && existsSync(timeFile)) {
    const kilobytes = Number(readFileSync(timeFile, "utf8").trim().split("\n").at(-1));
    rssMb = Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
    rmSync(timeFile, { force: true });
  }
  return { ms, rssMb, output, ok: result.status === 0 };
}

/**
 * The median wall time (and median peak memory) of `runs` cold processes, `prepare()` before each.
 * @returns {{ ms: number, rssMb: number | undefined, runs: number, ok: boolean, output: string }}
 */
export function coldMedian(runs, prepare, command, args, options) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    prepare?.();
    samples.push(runOnce(command, args, options));
  }
  const rss = samples.map((s) => s.rssMb).filter((v) => v !== undefined);
  return {
    ms: median(samples.map((s) => s.ms)),
    rssMb: rss.length ? median(rss) : undefined,
    runs,
    ok: samples.every((s) => s.ok),
    output: samples.at(-1)?.output ?? "",
  };
}
