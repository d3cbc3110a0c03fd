import { type FSWatcher, watch as watchPath } from "node:fs";
import { resolve } from "node:path";
import type { ResolvedConfig } from "./config.js";
import { findSchemaPath } from "./find-schema.js";
import { findConfigFile } from "./load-config.js";
import type { Output } from "./output.js";

/**
 * Generates, then again whenever the schema or the config changes (debounced). Keeps running after errors and
 * says when the schema is valid again. Resolves with 0 on SIGINT/SIGTERM.
 */
export async function watch(
  config: ResolvedConfig,
  configFlag: string | undefined,
  run: () => Promise<number>,
  output: Output,
): Promise<number> {
  const schemaPath = findSchemaPath(config.root, config.schema);
  const configPath = findConfigFile(config.root, configFlag);
  let failing = (await run()) !== 0;
  output.out(`watching ${[schemaPath, configPath].filter(Boolean).join(" and ")} (Ctrl-C to stop)`);
  let timer: NodeJS.Timeout | undefined;
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const code = await run();
      if (code === 0 && failing) output.out("the schema is valid again");
      failing = code !== 0;
    }, 100);
  };
  const watchers: FSWatcher[] = [watchPath(schemaPath, { recursive: true }, onChange)];
  if (configPath) watchers.push(watchPath(resolve(configPath), onChange));
  return new Promise((done) => {
    const stop = () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      done(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
