import type { Diagnostic, DocumentationLine, ScalarField, SchemaModel } from "@cardinal/core";

/** What an annotation may refine: the zod kind of the field's element. */
export type RefinableKind = "string" | "number" | "bigint" | "date" | "other";

/** The methods `/// @zod` may call on each kind, with how many arguments they take. */
const methods: Readonly<Record<RefinableKind, Readonly<Record<string, readonly [number, number]>>>> = {
  string: {
    min: [1, 2],
    max: [1, 2],
    length: [1, 2],
    email: [0, 1],
    url: [0, 1],
    regex: [1, 2],
    startsWith: [1, 2],
    endsWith: [1, 2],
    includes: [1, 2],
    trim: [0, 0],
    toLowerCase: [0, 0],
    toUpperCase: [0, 0],
    lowercase: [0, 1],
    uppercase: [0, 1],
  },
  number: {
    min: [1, 2],
    max: [1, 2],
    gt: [1, 2],
    gte: [1, 2],
    lt: [1, 2],
    lte: [1, 2],
    positive: [0, 1],
    negative: [0, 1],
    nonnegative: [0, 1],
    nonpositive: [0, 1],
    multipleOf: [1, 2],
  },
  bigint: {
    min: [1, 2],
    max: [1, 2],
    gt: [1, 2],
    gte: [1, 2],
    lt: [1, 2],
    lte: [1, 2],
    positive: [0, 1],
    negative: [0, 1],
    multipleOf: [1, 2],
  },
  date: { min: [1, 2], max: [1, 2] },
  other: {},
};

/** One argument: a number, a string in double or single quotes, true/false, or a regular expression literal. */
const argument = String.raw`-?\d+(?:\.\d+)?|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|true|false|/(?:[^/\\\n]|\\.)+/[dgimsuy]*`;
const call = new RegExp(String.raw`^\.([A-Za-z]+)\(\s*((?:${argument})(?:\s*,\s*(?:${argument}))*)?\s*\)`);

/** A checked `@zod` chain, ready to append to the field's schema. */
export interface Refinement {
  readonly chain: string;
}

/**
 * How Cardinal tells its own annotations from `/// @zod` comments written for other tools, on one doc line
 * (after `///`, trimmed):
 * - **foreign**: `@zod` directly followed by a dot, no space — `@zod.custom(imports.Email)`,
 *   `@zod.string.min(1)`, `@zod.number.int().gt(0)`, `@zod.import([...])`, `@zod.custom.use(...)`,
 *   `@zod.custom.omit(["input"])` (zod-prisma and zod-prisma-types write them so; zod-prisma's `@zod.max(255)`
 *   too). Left alone as a doc comment, with a warning W005, never an error.
 * - **Cardinal's**: `@zod` followed by whitespace or by nothing, then calls — `@zod .email().max(320)`.
 *   Checked at generation time (E601), as is any other text starting with the word `@zod` (`@zod-x`, `@zod(`).
 * - anything else (`@zodiac`) is plain documentation.
 */
export function zodCommentKind(text: string): "cardinal" | "foreign" | undefined {
  if (/^@zod\./.test(text)) return "foreign";
  return /^@zod\b/.test(text) ? "cardinal" : undefined;
}

/** W005 for each `/// @zod.` line written for another tool, at the comment's own range. */
export function foreignZodComments(lines: readonly DocumentationLine[], owner: string): Diagnostic[] {
  return lines
    .filter((line) => zodCommentKind(line.text) === "foreign")
    .map((line) => ({
      code: "W005" as const,
      severity: "warning" as const,
      message: `\`/// ${line.text}\` on ${owner} is written for another tool (zod-prisma or zod-prisma-types) and is ignored: it stays a doc comment. Cardinal's own form has a space after \`@zod\`, e.g. \`/// @zod .min(1)\`.`,
      file: line.location.file,
      range: line.location.range,
    }));
}

/** W005 for every foreign `/// @zod.` comment of the schema: on models, their scalar fields and composite types' fields. */
export function foreignZodCommentsOf(schema: SchemaModel): Diagnostic[] {
  return [
    ...schema.models.flatMap((model) => [
      ...foreignZodComments(model.documentationLines, `model ${model.name}`),
      ...model.fields.flatMap((field) =>
        field.kind === "scalar" ? foreignZodComments(field.documentationLines, `${model.name}.${field.name}`) : [],
      ),
    ]),
    ...schema.compositeTypes.flatMap((type) =>
      type.fields.flatMap((field) => foreignZodComments(field.documentationLines, `${type.name}.${field.name}`)),
    ),
  ];
}

/**
 * Reads `/// @zod .email().max(320)` from a field's doc comment and checks every call against the field's kind at
 * generation time: an unknown method, a wrong argument count or unparseable text is a diagnostic (E601) at the field.
 */
export function readRefinement(
  field: ScalarField,
  kind: RefinableKind,
  modelName: string,
): { refinement?: Refinement; diagnostic?: Diagnostic } {
  const line = field.documentation?.split("\n").find((text) => zodCommentKind(text.trim()) === "cardinal");
  if (line === undefined) return {};
  let rest = line
    .trim()
    .replace(/^@zod\b\s*/, "")
    .trim();
  const calls: string[] = [];
  const problem = (message: string) => ({
    diagnostic: {
      code: "E601" as const,
      severity: "error" as const,
      message: `\`@zod\` on ${modelName}.${field.name}: ${message}`,
      file: field.location.file,
      range: field.location.range,
    },
  });
  if (rest === "") return problem("nothing follows @zod; write e.g. `/// @zod .max(100)`.");
  while (rest !== "") {
    const match = call.exec(rest);
    if (!match)
      return problem(
        `cannot read \`${rest}\`; write calls like \`.min(1).max(100)\` with number, string, boolean or regex arguments.`,
      );
    const [text, name = "", args = ""] = match;
    const allowed = methods[kind][name];
    if (!allowed) {
      const known = Object.keys(methods[kind]);
      return problem(
        `\`.${name}()\` does not fit a ${kind} field${known.length > 0 ? `; expected one of ${known.map((m) => `.${m}()`).join(", ")}` : ""}.`,
      );
    }
    const count = args.trim() === "" ? 0 : splitArguments(args).length;
    if (count < allowed[0] || count > allowed[1])
      return problem(
        `\`.${name}()\` takes ${allowed[0] === allowed[1] ? allowed[0] : `${allowed[0]} to ${allowed[1]}`} argument(s), received ${count}.`,
      );
    calls.push(text);
    rest = rest.slice(text.length).trim();
  }
  return { refinement: { chain: calls.join("") } };
}

function splitArguments(args: string): string[] {
  return args.match(new RegExp(argument, "g")) ?? [];
}
