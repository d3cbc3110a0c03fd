/** The schemas a single-file zod output exports, in file order (model names may use any Unicode letter). */
export function zodSchemaNames(source: string): string[] {
  return [...source.matchAll(/^export const ([\p{L}\p{N}_$]+)(?=[\s:=])/gmu)].map((match) => match[1] as string);
}

/**
 * The schema the validator panel starts with: the one kept from before when it still exists, else the first model's
 * (`<model><suffix>`), else the first exported one. Never a helper such as `JsonValueSchema`, which accepts anything.
 */
export function defaultZodSchema(
  names: readonly string[],
  modelNames: readonly string[],
  suffix: string,
  previous: string,
): string {
  if (names.includes(previous)) return previous;
  const first = modelNames.map((model) => `${model}${suffix}`).find((name) => names.includes(name));
  return first ?? names[0] ?? "";
}

/** The model names of a schema text in declaration order (the model list of core is sorted by name). */
export function declaredModelNames(schema: string): string[] {
  return [...schema.matchAll(/^\s*model\s+([\p{L}\p{N}_]+)/gmu)].map((match) => match[1] as string);
}
