import type { Diagnostic, ScalarField } from "@cardinal/core";

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
 * Reads `/// @zod .email().max(320)` from a field's doc comment and checks every call against the field's kind at
 * generation time: an unknown method, a wrong argument count or unparseable text is a diagnostic (E601) at the field.
 */
export function readRefinement(
  field: ScalarField,
  kind: RefinableKind,
  modelName: string,
): { refinement?: Refinement; diagnostic?: Diagnostic } {
  const line = field.documentation?.split("\n").find((text) => /^\s*@zod\b/.test(text));
  if (line === undefined) return {};
  let rest = line.replace(/^\s*@zod\b\s*/, "").trim();
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
