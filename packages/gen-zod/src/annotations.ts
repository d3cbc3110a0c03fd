import type { Diagnostic, DocumentationLine, ScalarField, SchemaModel } from "@cardinal/core";
import { valueCode } from "./annotation-code.js";
import { AnnotationSyntaxError, type LiteralValue, type ParsedCall, parseAnnotation } from "./annotation-syntax.js";

/**
 * What an annotation may refine: the zod kind of the field's element. "formatted-string" is a string whose schema is
 * a zod string format (`z.uuid()`, `z.cuid()`... from the field's generated default), which has no `.email()`/`.url()`.
 */
export type RefinableKind = "string" | "formatted-string" | "number" | "bigint" | "date" | "other";

/** What an argument may be; `params` is zod's error message or options object, with the extra keys listed. */
type ScalarArgument = "number" | "bigint" | "date" | "string" | "regex" | "boolean";
type ArgumentKind = ScalarArgument | { readonly params: Readonly<Record<string, ScalarArgument>> };

/** The arguments a method takes: the required ones, then the optional ones. */
interface Signature {
  readonly required: readonly ArgumentKind[];
  readonly optional: readonly ArgumentKind[];
}

const checkParams = { params: { error: "string", message: "string", abort: "boolean" } } as const;
const valueCheck = (kind: ArgumentKind): Signature => ({ required: [kind], optional: [checkParams] });
const flagCheck: Signature = { required: [], optional: [checkParams] };
const transform: Signature = { required: [], optional: [] };
const withParams = (extra: Readonly<Record<string, ScalarArgument>>): Signature => ({
  required: [],
  optional: [{ params: { ...checkParams.params, ...extra } }],
});
const bounds = (kind: ArgumentKind) => ({
  min: valueCheck(kind),
  max: valueCheck(kind),
  gt: valueCheck(kind),
  gte: valueCheck(kind),
  lt: valueCheck(kind),
  lte: valueCheck(kind),
  positive: flagCheck,
  negative: flagCheck,
  nonpositive: flagCheck,
  multipleOf: valueCheck(kind),
});

/** The checks and transforms of `z.string()`. */
const stringMethods: Readonly<Record<string, Signature>> = {
  min: valueCheck("number"),
  max: valueCheck("number"),
  length: valueCheck("number"),
  email: withParams({ pattern: "regex" }),
  url: withParams({ hostname: "regex", protocol: "regex", normalize: "boolean" }),
  regex: valueCheck("regex"),
  startsWith: valueCheck("string"),
  endsWith: valueCheck("string"),
  includes: { required: ["string"], optional: [{ params: { ...checkParams.params, position: "number" } }] },
  trim: transform,
  toLowerCase: transform,
  toUpperCase: transform,
  lowercase: flagCheck,
  uppercase: flagCheck,
};

/** The methods `/// @zod` may call on each kind, with the arguments zod 4 declares for them. */
const methods: Readonly<Record<RefinableKind, Readonly<Record<string, Signature>>>> = {
  string: stringMethods,
  // A zod string format (`z.uuid()`) has every check of `z.string()` but not the other formats.
  "formatted-string": Object.fromEntries(
    Object.entries(stringMethods).filter(([name]) => name !== "email" && name !== "url"),
  ),
  number: { ...bounds("number"), nonnegative: flagCheck },
  bigint: { ...bounds("bigint"), nonnegative: flagCheck },
  date: { min: valueCheck("date"), max: valueCheck("date") },
  other: {},
};

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
 * generation time. The text is read with TypeScript's scanner into values (see `parseAnnotation`) and the chain is
 * written again from those values, never copied: an unknown method, a wrong argument count or type, or anything but
 * literal arguments is a diagnostic (E601) at the comment's line.
 */
export function readRefinement(
  field: ScalarField,
  kind: RefinableKind,
  modelName: string,
): { refinement?: Refinement; diagnostic?: Diagnostic } {
  const line = field.documentationLines.find((doc) => zodCommentKind(doc.text.trim()) === "cardinal");
  if (line === undefined) return {};
  const problem = (message: string) => ({
    diagnostic: {
      code: "E601" as const,
      severity: "error" as const,
      message: `\`@zod\` on ${modelName}.${field.name}: ${message}`,
      file: line.location.file,
      range: line.location.range,
    },
  });
  const rest = line.text.trim().replace(/^@zod/, "");
  if (rest.trim() === "") return problem("nothing follows @zod; write e.g. `/// @zod .max(100)`.");
  let calls: ParsedCall[];
  try {
    calls = parseAnnotation(rest);
  } catch (error) {
    if (!(error instanceof AnnotationSyntaxError)) throw error;
    return problem(
      `cannot read \`${rest.trim()}\` (${error.message}); write calls like \`.min(1).max(100, "Too long")\` whose arguments are numbers, strings, booleans, regular expressions or \`{ error: "..." }\`.`,
    );
  }
  const chain: string[] = [];
  for (const call of calls) {
    const code = callCode(call, kind);
    if ("problem" in code) return problem(code.problem);
    chain.push(code.code);
  }
  return { refinement: { chain: chain.join("") } };
}

/** One checked call as code, or why it does not fit. */
function callCode(call: ParsedCall, kind: RefinableKind): { code: string } | { problem: string } {
  const signature = Object.hasOwn(methods[kind], call.name) ? methods[kind][call.name] : undefined;
  if (!signature) {
    const known = Object.keys(methods[kind]);
    const expected = known.length > 0 ? `; expected one of ${known.map((m) => `.${m}()`).join(", ")}` : "";
    const what =
      kind === "formatted-string"
        ? "a string field whose values are generated ids (its schema is an id format such as `z.uuid()`)"
        : `a ${kind} field`;
    return { problem: `\`.${call.name}()\` does not fit ${what}${expected}.` };
  }
  const [least, most] = [signature.required.length, signature.required.length + signature.optional.length];
  if (call.args.length < least || call.args.length > most) {
    const count = least === most ? least : `${least} to ${most}`;
    return { problem: `\`.${call.name}()\` takes ${count} argument(s), received ${call.args.length}.` };
  }
  const kinds = [...signature.required, ...signature.optional];
  const args: string[] = [];
  for (const [index, value] of call.args.entries()) {
    const expected = kinds[index] as ArgumentKind;
    const code = argumentCode(value, expected);
    if (code === undefined)
      return { problem: `argument ${index + 1} of \`.${call.name}()\` must be ${describe(expected)}.` };
    args.push(code);
  }
  return { code: `.${call.name}(${args.join(", ")})` };
}

/** The code of an argument of the expected kind, or undefined when the value does not fit. */
function argumentCode(value: LiteralValue, kind: ArgumentKind): string | undefined {
  if (typeof kind === "object") {
    if (value.kind === "string") return valueCode(value);
    if (value.kind !== "object") return undefined;
    const keys = new Set<string>();
    for (const [key, item] of value.entries) {
      const expected = Object.hasOwn(kind.params, key) ? kind.params[key] : undefined;
      if (expected === undefined || keys.has(key) || argumentCode(item, expected) === undefined) return undefined;
      keys.add(key);
    }
    return valueCode(value);
  }
  switch (kind) {
    case "bigint":
      if (value.kind === "number" && Number.isSafeInteger(value.value)) return `${BigInt(value.value)}n`;
      return value.kind === "bigint" ? valueCode(value) : undefined;
    case "date":
      if (value.kind === "string" && !Number.isNaN(Date.parse(value.value)))
        return `new globalThis.Date(${valueCode(value)})`;
      return value.kind === "number" ? valueCode(value) : undefined;
    case "number":
    case "string":
    case "regex":
    case "boolean":
      return value.kind === kind ? valueCode(value) : undefined;
  }
}

function describe(kind: ArgumentKind): string {
  if (typeof kind === "object")
    return `a message string or an object with ${Object.keys(kind.params)
      .map((key) => `\`${key}\``)
      .join(", ")}`;
  const words: Readonly<Record<Exclude<ArgumentKind, object>, string>> = {
    number: "a number",
    bigint: "an integer (`10` or `10n`)",
    date: "a timestamp in milliseconds or a date string",
    string: "a string",
    regex: "a regular expression literal",
    boolean: "`true` or `false`",
  };
  return words[kind];
}
