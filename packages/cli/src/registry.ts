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
