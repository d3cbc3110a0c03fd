import { spawn } from "node:child_process";

/** A finished process: exit code and everything it printed. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of `run`: the folder, the environment (replaces the inherited one) and a time limit. */
export interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** @default 240_000 */
  readonly timeoutMs?: number;
}

/**
 * Runs a command to completion without a shell and collects its output; never throws for a non-zero exit.
 * @example const { code, stdout } = await run(process.execPath, ["--version"], { cwd, env: process.env });
 */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 240_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * `run`, failing with the command and the end of its output when it does not exit 0.
 * @example const { stdout } = await mustRun("npm", ["install"], { cwd: app, env });
 */
export async function mustRun(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-40).join("\n");
    throw new Error(`${[command, ...args].join(" ")} (in ${options.cwd}) exited ${result.code}:\n${output}`);
  }
  return result;
}

/**
 * The environment for a package manager talking to the test registry only: the caller's npm/pnpm settings (pnpm
 * sets `npm_config_*` for scripts, and NODE_PATH in its bin shims) are dropped and `userconfig` points at the
 * test's own .npmrc.
 */
export function isolatedEnv(userconfig: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|NODE_PATH$|NODE_OPTIONS$|VITEST|TURBO_)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, npm_config_userconfig: userconfig, NO_COLOR: "1", npm_config_update_notifier: "false" };
}
