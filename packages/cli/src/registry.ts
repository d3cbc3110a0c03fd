import type { GeneratorPlugin } from "@cardinal/core";
import { mermaidGenerator } from "@cardinal/gen-mermaid/plugin";
import { sqlGenerator } from "@cardinal/gen-sql/plugin";
import { typesGenerator } from "@cardinal/gen-types/plugin";
import { zodGenerator } from "@cardinal/gen-zod/plugin";

/**
 * The built-in generators, in the order they run: the registry every command, the config check and the Prisma
 * generator entry work from. Each is a plugin entry that imports its generator (and ts-morph) only when it runs.
 * A project adds its own under any other name with `generators.<name>.use`.
 */
export const builtinGenerators: readonly GeneratorPlugin[] = [
  typesGenerator,
  zodGenerator,
  mermaidGenerator,
  sqlGenerator,
];

/** The built-in generator of a name, if any. */
export function builtinGenerator(name: string): GeneratorPlugin | undefined {
  return builtinGenerators.find((plugin) => plugin.name === name);
}

/**
 * Command-line shortcuts to one built-in generator's option: `--dialect` sets `sql`'s `dialects` (and a generator
 * block's `dialects` key is `sql_dialects`), `--docs` sets `mermaid`'s `docs`, erroring when that generator is off
 * (`required`). The value is then checked by the plugin's schema like any other option.
 */
export const optionShortcuts = {
  dialects: { generator: "sql", option: "dialects", required: undefined },
  docs: { generator: "mermaid", option: "docs", required: "the mermaid generator on (it draws the diagrams)" },
} as const satisfies Readonly<Record<string, { generator: string; option: string; required: string | undefined }>>;
