#!/usr/bin/env node
import { tuneV8ForShortRuns } from "./short-run.js";

tuneV8ForShortRuns();
// Loaded after the V8 flag is set, so that the parser and the generators run under it.
const [{ runCli }, { processOutput }] = await Promise.all([import("./cli.js"), import("./output.js")]);

// `gen --dry-run --diff | head`: a reader that stops early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await runCli(process.argv.slice(2), process.cwd(), processOutput());
