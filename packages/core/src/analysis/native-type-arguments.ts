import { lookupTable } from "../lookup-table.js";
import type { NativeType, Provider, ScalarTypeName } from "../model/types.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedModel } from "./models.js";

/** Checks a native type's numeric arguments; returns what is wrong, or undefined. */
type ArgumentRule = (args: readonly number[], scalar: ScalarTypeName | undefined) => string | undefined;

const scaleAbovePrecision: ArgumentRule = ([precision, scale]) =>
  precision !== undefined && scale !== undefined && scale > precision
    ? `the scale (${scale}) must not be larger than the precision (${precision}).`
    : undefined;

const range =
  (what: string, min: number, max: number, index = 0): ArgumentRule =>
  (args) => {
    const value = args[index];
    return value !== undefined && (value < min || value > max)
      ? `${what} can range from ${min} to ${max}, not ${value}.`
      : undefined;
  };

const all =
  (...rules: ArgumentRule[]): ArgumentRule =>
  (args, scalar) => {
    for (const rule of rules) {
      const problem = rule(args, scalar);
      if (problem) return problem;
    }
    return undefined;
  };

const postgresStyle: Readonly<Record<string, ArgumentRule>> = lookupTable({
  Decimal: all(scaleAbovePrecision, range("The precision", 1, 1000)),
  Bit: range("The length", 1, Number.MAX_SAFE_INTEGER),
  VarBit: range("The length", 1, Number.MAX_SAFE_INTEGER),
  Timestamp: range("The precision", 0, 6),
  Timestamptz: range("The precision", 0, 6),
  Time: range("The precision", 0, 6),
  Timetz: range("The precision", 0, 6),
});

const rulesByProvider: Readonly<Partial<Record<Provider, Readonly<Record<string, ArgumentRule>>>>> = {
  postgresql: postgresStyle,
  cockroachdb: postgresStyle,
  mysql: lookupTable({
    Decimal: all(scaleAbovePrecision, range("The precision", 0, 65), range("The scale", 0, 30, 1)),
    Bit: (args, scalar) =>
      range("The length", 1, 64)(args, scalar) ??
      (scalar === "Boolean" && (args[0] ?? 1) > 1 ? "only `Bit(1)` can be used as `Boolean`." : undefined),
    Char: range("The length", 0, 255),
    VarChar: range("The length", 0, 65535),
  }),
  sqlserver: lookupTable({
    Decimal: all(scaleAbovePrecision, range("The precision", 1, 38), range("The scale", 0, 38, 1)),
    Float: range("The number of bits", 1, 53),
    NVarChar: range("The length", 0, 4000),
    VarChar: range("The length", 0, 8000),
    VarBinary: range("The length", 0, 8000),
    NChar: range("The length", 0, 4000),
    Char: range("The length", 0, 8000),
    Binary: range("The length", 0, 8000),
  }),
};

/**
 * Native type arguments out of range (E505): negative or fractional numbers anywhere, and each connector's
 * limits (time precision 0–6 on PostgreSQL, `VarChar` up to 65,535 on MySQL, `NVarChar` up to 4000 on SQL Server...).
 */
export function checkNativeTypeArguments(models: readonly AnalyzedModel[], context: AnalysisContext): void {
  const provider = context.datasource?.provider;
  if (!provider) return;
  for (const model of models) {
    for (const field of model.fields) {
      if (!field.nativeType || field.target.kind !== "scalar") continue;
      const type = field.target.type;
      const problem = problemOf(field.nativeType, type.kind === "scalar" ? type.name : undefined, provider);
      if (!problem) continue;
      const span = field.attributes.get("native") ?? field.node;
      model.located.report(
        "E505",
        `Invalid arguments for the native type \`${field.nativeType.name}\`: ${problem}`,
        span,
      );
    }
  }
}

function problemOf(native: NativeType, scalar: ScalarTypeName | undefined, provider: Provider): string | undefined {
  const numeric = native.args.filter((arg) => /^-?[0-9.]+$/.test(arg));
  const bad = numeric.find((arg) => !/^[0-9]+$/.test(arg));
  if (bad !== undefined) return `expected a nonnegative integer, but found ${bad}.`;
  const rule = rulesByProvider[provider]?.[native.name];
  return rule?.(numeric.map(Number), scalar);
}
