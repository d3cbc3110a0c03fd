import type { Report } from "../diagnostics/collector.js";
import type { Argument, Expression } from "../parser/ast.js";

/**
 * The value of a string-valued config property: a string literal, or `env("VAR")` read at run time (then the
 * variable's name). Undefined when the value is of another kind. Prisma also reads `env(name: "VAR")`, with a
 * warning (see `checkEnvCalls`).
 */
export function stringOrEnv(value: Expression): { value: string; fromEnv: boolean } | undefined {
  if (value.kind === "string") return { value: value.value, fromEnv: false };
  const argument = envArgument(value);
  if (argument?.value?.kind !== "string") return undefined;
  return { value: argument.value.value, fromEnv: true };
}

/** The only argument of an `env(...)` call; undefined for another value or another number of arguments. */
function envArgument(value: Expression): Argument | undefined {
  if (value.kind !== "function" || value.name.text !== "env") return undefined;
  const [argument, ...rest] = value.arguments.arguments;
  return rest.length === 0 ? argument : undefined;
}

/**
 * Reports `env(...)` calls, anywhere in a config value, that do not take exactly one string (E211): Prisma checks
 * every one of them, even in a generator's free-form properties. A named argument (`env(name: "VAR")`) is read
 * like an unnamed one, with a warning (W002), as Prisma 6 does.
 */
export function checkEnvCalls(value: Expression, report: Report): void {
  if (value.kind === "array") {
    for (const item of value.items) checkEnvCalls(item, report);
    return;
  }
  if (value.kind !== "function" || value.name.text !== "env") return;
  const argument = envArgument(value);
  if (argument?.value?.kind !== "string") {
    report("E211", '`env()` takes exactly one string, the variable\'s name, e.g. `env("DATABASE_URL")`.', value);
  } else if (argument.name) {
    const message = `\`env()\` does not expect a named argument; write \`env("${argument.value.value}")\`.`;
    report("W002", message, argument);
  }
}

/** Reports a value that is not a string or `env("VAR")` (E211); returns the value when it is one. */
export function expectStringOrEnv(value: Expression, key: string, report: Report): string | undefined {
  const read = stringOrEnv(value);
  if (read) return read.value;
  if (value.kind === "function" && value.name.text === "env") return undefined; // reported by checkEnvCalls
  report("E211", `\`${key}\` must be a string or \`env("VAR")\`, e.g. \`${key} = env("${envName(key)}")\`.`, value);
  return undefined;
}

function envName(key: string): string {
  if (key === "url") return "DATABASE_URL";
  return key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();
}
