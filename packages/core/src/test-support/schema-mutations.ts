import fc from "fast-check";

/** Fragments that stress the grammar: block and argument delimiters, keywords, attributes, comments, escapes. */
const fragments = [
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  "@",
  "@@",
  '"',
  "\\",
  "\n",
  "\r\n",
  "\r",
  "?",
  "[]",
  "!",
  ":",
  "=",
  ",",
  ".",
  "//",
  "///",
  "/*",
  "*/",
  'url = env("DATABASE_URL")',
  "fields: ",
  "model ",
  "enum ",
  "view ",
  "type ",
  "datasource ",
  "generator ",
  "@relation(",
  "fields: [",
  "references: [",
  "@id",
  "@unique",
  "@default(",
  "autoincrement()",
  "@db.",
  "Unsupported(",
  "\t",
  "\u00a0",
  "\u0000",
  "😀",
  "é",
  "-1.5",
] as const;

type Mutation = (text: string) => string;

const position = (text: string, ratio: number) => Math.floor(ratio * (text.length + 1));

/** One random edit: delete, insert a fragment, duplicate or swap lines. */
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 20 })).map(
    ([at, length]): Mutation =>
      (text) => {
        const start = position(text, at);
        return text.slice(0, start) + text.slice(start + length);
      },
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...fragments)).map(
    ([at, fragment]): Mutation =>
      (text) => {
        const start = position(text, at);
        return text.slice(0, start) + fragment + text.slice(start);
      },
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]): Mutation =>
      (text) => {
        const lines = text.split("\n");
        const i = a % lines.length;
        const j = b % lines.length;
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
        return lines.join("\n");
      },
  ),
  fc.nat().map(
    (a): Mutation =>
      (text) => {
        const lines = text.split("\n");
        const i = a % lines.length;
        lines.splice(i, 0, lines[i] as string);
        return lines.join("\n");
      },
  ),
);

/** A valid schema from `seeds` with one to five random edits. */
export function mutatedSchemaArbitrary(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutationArbitrary, { minLength: 1, maxLength: 5 }))
    .map(([seed, mutations]) => mutations.reduce((text, mutate) => mutate(text), seed));
}

/** Arbitrary text: any Unicode, or strings built from schema fragments. */
export const randomTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc
    .array(fc.constantFrom(...fragments, "A", "b", "Int", "String", " ", "  "), { maxLength: 120 })
    .map((parts) => parts.join("")),
);
