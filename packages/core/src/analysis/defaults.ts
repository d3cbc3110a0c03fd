import type { Report } from "../diagnostics/collector.js";
import { listItems } from "../diagnostics/format-list.js";
import { lookupTable } from "../lookup-table.js";
import type { DefaultValue, FieldType, Provider } from "../model/types.js";
import type { Expression } from "../parser/ast.js";

/** What `readDefault` needs to know about the field and the schema. */
export interface DefaultContext {
  readonly type: FieldType;
  readonly isList: boolean;
  readonly provider: Provider | undefined;
  /** True for a field of a composite type (MongoDB embedded document), whose defaults Prisma Client fills in. */
  readonly inCompositeType: boolean;
  readonly enums: ReadonlyMap<string, { readonly values: readonly { readonly name: string }[] }>;
  readonly report: Report;
}

type FunctionName = Extract<DefaultValue, { kind: "function" }>["name"];

/** Which functions each scalar type accepts; `dbgenerated` fits every type. */
const functionsByType: Readonly<Record<string, readonly FunctionName[]>> = lookupTable({
  Int: ["autoincrement", "sequence"],
  BigInt: ["autoincrement", "sequence"],
  String: ["uuid", "cuid", "nanoid", "ulid", "auto"],
  DateTime: ["now"],
  Bytes: ["auto"],
});

/** Functions a composite type's field cannot take: nothing in the database or the client generates them there. */
const notOnCompositeFields: ReadonlySet<FunctionName> = new Set(["auto", "autoincrement", "dbgenerated", "nanoid"]);

const knownFunctions: readonly FunctionName[] = [
  "autoincrement",
  "now",
  "uuid",
  "cuid",
  "nanoid",
  "ulid",
  "dbgenerated",
  "sequence",
  "auto",
];

/** Validates a `@default(...)` value against its field; returns the resolved default (undefined when invalid). */
export function readDefault(expression: Expression, context: DefaultContext): DefaultValue | undefined {
  if (expression.kind === "function") return readFunction(expression, context);
  if (context.isList) {
    if (expression.kind !== "array") {
      context.report("E304", "The default value of a list field must be a list, e.g. `@default([1, 2])`.", expression);
      return undefined;
    }
    const values = expression.items.map((item) => readSingle(item, context));
    return values.every((value) => value !== undefined) ? { kind: "list", values } : undefined;
  }
  if (expression.kind === "array") {
    context.report("E304", "The default value of a non-list field cannot be a list.", expression);
    return undefined;
  }
  return readSingle(expression, context);
}

function readSingle(expression: Expression, context: DefaultContext): DefaultValue | undefined {
  const { type } = context;
  if (type.kind === "enum") return readEnumValue(expression, type.name, context);
  if (type.kind !== "scalar") {
    context.report("E304", "Only `dbgenerated(...)` can be the default of this field's type.", expression);
    return undefined;
  }
  const literal = readLiteral(expression, type.name);
  if (literal) return literal;
  const found = expression.kind === "string" ? JSON.stringify(expression.value) : describe(expression);
  const message = `Expected a ${type.name} value as the default, but found \`${found}\`. ${exampleFor(type.name)}`;
  context.report("E304", message, expression);
  return undefined;
}

function readLiteral(expression: Expression, scalar: string): DefaultValue | undefined {
  switch (scalar) {
    case "Int":
    case "BigInt":
      return expression.kind === "number" && isInt64(expression.raw)
        ? { kind: "literal", value: Number(expression.raw), raw: expression.raw }
        : undefined;
    case "Float":
      return expression.kind === "number"
        ? { kind: "literal", value: Number(expression.raw), raw: expression.raw }
        : undefined;
    case "Decimal":
      if (expression.kind === "number") return { kind: "literal", value: Number(expression.raw), raw: expression.raw };
      return expression.kind === "string"
        ? { kind: "literal", value: expression.value, raw: expression.value }
        : undefined;
    case "Boolean":
      if (expression.kind === "constant" && (expression.name === "true" || expression.name === "false")) {
        return { kind: "literal", value: expression.name === "true", raw: expression.name };
      }
      return undefined;
    default:
      return expression.kind === "string"
        ? { kind: "literal", value: expression.value, raw: expression.value }
        : undefined;
  }
}

function readEnumValue(expression: Expression, enumName: string, context: DefaultContext): DefaultValue | undefined {
  if (expression.kind !== "constant") {
    context.report(
      "E304",
      `Expected a value of the enum \`${enumName}\` as the default, but found \`${describe(expression)}\`. Write the value without quotes.`,
      expression,
    );
    return undefined;
  }
  const values = context.enums.get(enumName)?.values ?? [];
  if (!values.some((value) => value.name === expression.name)) {
    const expected = listItems(values.map((value) => value.name));
    context.report(
      "E304",
      `\`${expression.name}\` is not a value of the enum \`${enumName}\`. Expected one of: ${expected}.`,
      expression,
    );
    return undefined;
  }
  return { kind: "enum", value: expression.name };
}

function readFunction(
  expression: Extract<Expression, { kind: "function" }>,
  context: DefaultContext,
): DefaultValue | undefined {
  const name = knownFunctions.find((known) => known === expression.name.text);
  if (!name) {
    context.report(
      "E304",
      `Unknown function \`${expression.name.text}()\` in @default. Expected one of: ${knownFunctions.map((known) => `${known}()`).join(", ")}.`,
      expression.name,
    );
    return undefined;
  }
  if (context.inCompositeType && notOnCompositeFields.has(name)) {
    context.report("E304", `The function \`${name}()\` cannot be the default of a composite type's field.`, expression);
    return undefined;
  }
  if (name === "dbgenerated") {
    if (providerSupports(name, context.provider)) return readDbGenerated(expression, context);
    reportUnsupported(name, expression, context);
    return undefined;
  }
  const typeName = context.type.kind === "scalar" ? context.type.name : context.type.kind;
  if (!(functionsByType[typeName] ?? []).includes(name) || context.isList) {
    context.report(
      "E304",
      `The function \`${name}()\` cannot be used on fields of type \`${typeName}${context.isList ? "[]" : ""}\`.`,
      expression,
    );
    return undefined;
  }
  if (!providerSupports(name, context.provider)) {
    reportUnsupported(name, expression, context);
    return undefined;
  }
  const args = readFunctionArgs(expression, name, context.report);
  return args ? { kind: "function", name, args } : undefined;
}

function providerSupports(name: FunctionName, provider: Provider | undefined): boolean {
  if (name === "sequence") return provider === "cockroachdb";
  if (name === "auto") return provider === "mongodb";
  // MongoDB generates ids with `auto()` only: it has no sequences and no SQL expressions.
  if (name === "autoincrement" || name === "dbgenerated") return provider !== "mongodb";
  return true;
}

function reportUnsupported(name: FunctionName, expression: Expression, context: DefaultContext): void {
  const hint = context.provider === "mongodb" ? " Use `@default(auto())` on an `@db.ObjectId` id instead." : "";
  context.report(
    "E503",
    `The \`${name}()\` default is not supported by the ${context.provider ?? "(no datasource)"} provider.${hint}`,
    expression,
  );
}

/** Checks the argument of `uuid(4|7)`, `cuid(1|2)`, `nanoid(2..255)`; the others take none. */
function readFunctionArgs(
  expression: Extract<Expression, { kind: "function" }>,
  name: FunctionName,
  report: Report,
): (string | number)[] | undefined {
  const args = expression.arguments.arguments;
  if (args.length === 0) return [];
  const allowed = allowedArgument[name];
  if (!allowed || name === "sequence") {
    if (name === "sequence") return args.map((arg) => (arg.value?.kind === "number" ? Number(arg.value.raw) : ""));
    report("E304", `The \`${name}\` function does not take any argument. Write \`${name}()\`.`, expression);
    return undefined;
  }
  const value = args[0]?.value;
  const number = value?.kind === "number" ? Number(value.raw) : Number.NaN;
  if (args.length > 1 || args[0]?.name !== undefined || !allowed.test(number)) {
    report("E304", `\`${name}()\` takes either no argument, or a single integer argument ${allowed.text}.`, expression);
    return undefined;
  }
  return [number];
}

const allowedArgument: Partial<Record<FunctionName, { test(n: number): boolean; text: string }>> = {
  uuid: { test: (n) => n === 4 || n === 7, text: "which is either 4 or 7" },
  cuid: { test: (n) => n === 1 || n === 2, text: "which is either 1 or 2" },
  nanoid: { test: (n) => Number.isInteger(n) && n >= 2 && n <= 255, text: "between 2 and 255" },
};

function readDbGenerated(
  expression: Extract<Expression, { kind: "function" }>,
  context: DefaultContext,
): DefaultValue | undefined {
  const args = expression.arguments.arguments;
  const first = args[0]?.value;
  if (args.length > 1 || (first !== undefined && first.kind !== "string")) {
    context.report(
      "E304",
      '`dbgenerated()` takes no argument or one string, e.g. `dbgenerated("gen_random_uuid()")`.',
      expression,
    );
    return undefined;
  }
  if (first?.kind === "string" && first.value === "") {
    context.report("E304", "`dbgenerated()` takes either no argument or a non-empty string.", expression);
    return undefined;
  }
  return { kind: "function", name: "dbgenerated", args: first?.kind === "string" ? [first.value] : [] };
}

/** An integer literal that fits in 64 bits, as Prisma parses Int and BigInt defaults. */
function isInt64(raw: string): boolean {
  if (!/^-?[0-9]+$/.test(raw)) return false;
  const value = BigInt(raw);
  return value >= -(2n ** 63n) && value < 2n ** 63n;
}

function describe(expression: Expression): string {
  switch (expression.kind) {
    case "string":
      return JSON.stringify(expression.value);
    case "number":
      return expression.raw;
    case "constant":
      return expression.name;
    case "function":
      return `${expression.name.text}(...)`;
    case "array":
      return "[...]";
    case "object":
      return "{...}";
  }
}

function exampleFor(scalar: string): string {
  switch (scalar) {
    case "Int":
    case "BigInt":
    case "Float":
      return "Write a number, e.g. `@default(0)`.";
    case "Boolean":
      return "Write `true` or `false`.";
    default:
      return 'Write a string, e.g. `@default("...")`.';
  }
}
