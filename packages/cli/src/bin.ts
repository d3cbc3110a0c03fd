#!/usr/bin/env node
import { runCli } from "./cli.js";
import { processOutput } from "./output.js";

// `gen --dry-run --diff | head`: a reader that stops early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await runCli(process.argv.slice(2), process.cwd(), processOutput());
