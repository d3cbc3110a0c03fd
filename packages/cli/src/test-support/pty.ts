import { spawnSync } from "node:child_process";
import { bin } from "./e2e.js";

/** Quotes a word for `sh`. */
const quote = (word: string) => `'${word.replace(/'/g, "'\\''")}'`;

/**
 * Runs the built `gen` in a real pseudo-terminal (util-linux `script`), with shell redirections after the arguments
 * (`2>err.log`): returns everything the terminal showed, escape sequences included, and the exit code.
 */
export function genInTerminal(cwd: string, env: NodeJS.ProcessEnv, args: readonly string[], redirect = "") {
  const command = `${[process.execPath, bin, ...args].map(quote).join(" ")} ${redirect}`;
  const result = spawnSync("script", ["-q", "-e", "-c", command, "/dev/null"], {
    cwd,
    encoding: "utf8",
    env: { TERM: "xterm-256color", COLUMNS: "120", LINES: "40", ...env },
    timeout: 120_000,
  });
  return { code: result.status, screen: result.stdout };
}

/** A captured screen with its escape sequences made visible (`\e[31m`), for reading. */
export const visible = (screen: string) => screen.replaceAll(esc, "\\e").replace(/\r/g, "\\r");

/** The escape character that starts ANSI sequences. */
export const esc = "\u001b";

/** Whether text holds an ANSI colour sequence. */
export const hasColor = (text: string) => new RegExp(`${esc}\\[\\d+(;\\d+)*m`).test(text);
