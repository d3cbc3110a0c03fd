import type { Report } from "../diagnostics/collector.js";
import type { Attribute, Expression, StringLiteral } from "../parser/ast.js";

/** An attribute's arguments by parameter name. */
export type ArgumentMap = ReadonlyMap<string, Expression>;

/** The arguments of an attribute that has none (most have none: `@id`, `@unique`, `@updatedAt`): one shared map. */
export const noArguments: ArgumentMap = new Map();

/**
 * Maps an attribute's arguments onto its parameters. The first parameter may also be given unnamed.
 * Reports unknown, duplicate, empty and surplus unnamed arguments (E303).
 */
export function readArguments(
  attribute: Attribute,
  display: string,
  parameters: readonly string[],
  report: Report,
): ArgumentMap {
  if (attribute.arguments === undefined) return noArguments;
  const result = new Map<string, Expression>();
  const trailingComma = attribute.arguments.trailingComma;
  if (trailingComma)
    report(
      "E303",
      `Trailing commas are not valid in the arguments of \`${display}\`; remove the comma.`,
      trailingComma,
    );
  for (const argument of attribute.arguments.arguments) {
    const name = argument.name?.text ?? parameters[0];
    if (!argument.value) {
      report(
        "E303",
        `The argument \`${argument.name?.text}\` of \`${display}\` has no value. Write \`${argument.name?.text}: <value>\` or remove it.`,
        argument,
      );
    } else if (name === undefined || !parameters.includes(name)) {
      const expected = parameters.length > 0 ? `Expected one of: ${parameters.join(", ")}.` : "It takes no arguments.";
      report("E303", `\`${display}\` has no argument \`${argument.name?.text ?? "(unnamed)"}\`. ${expected}`, argument);
    } else if (result.has(name)) {
      report("E303", `The argument \`${name}\` of \`${display}\` is given twice.`, argument);
    } else {
      result.set(name, argument.value);
    }
  }
  return result;
}

/** A string argument's value, reporting E303 when the argument is not a string. */
export function stringArgument(
  args: ArgumentMap,
  name: string,
  display: string,
  report: Report,
): StringLiteral | undefined {
  const value = args.get(name);
  if (!value) return undefined;
  if (value.kind === "string") return value;
  report("E303", `The \`${name}\` argument of \`${display}\` must be a string, e.g. ${name}: "value".`, value);
  return undefined;
}

/** Reports E303 when a required argument is missing; returns whether it is present. */
export function requireArgument(
  args: ArgumentMap,
  name: string,
  display: string,
  attribute: Attribute,
  report: Report,
): boolean {
  if (args.has(name)) return true;
  report("E303", `\`${display}\` needs the argument \`${name}\`.`, attribute);
  return false;
}
