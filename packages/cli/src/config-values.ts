import { inspect } from "node:util";
import type { ConfigError } from "./config.js";

/** An object that is not an array (a config section, a module's exports). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * What a value is, in a few words, for `received ...`: never throws (BigInt, symbols, functions, circular and
 * huge values included).
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array (${preview(value)})`;
  if (value instanceof Promise) return "a Promise";
  if (typeof value === "function") return "a function";
  if (typeof value === "object") return "an object";
  if (typeof value === "string")
    return `string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}`;
  if (typeof value === "bigint") return `bigint ${value}n`;
  return `${typeof value} ${String(value)}`;
}

/** At most 60 characters of a value: JSON when it can be, `util.inspect` (circular, BigInt) when not. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    text = inspect(value, { depth: 2, breakLength: Number.POSITIVE_INFINITY, maxArrayLength: 10 });
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** `typePrefix` and zod's `naming.prefix` begin an identifier: empty, or a valid identifier start. */
const identifierStart = /^(?:[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*)?$/u;
/** `typeSuffix` and zod's `naming.suffix` end one: identifier characters only. */
const identifierPart = /^[\p{ID_Continue}$\u200C\u200D]*$/u;
/** The check of `typePrefix` and zod's `naming.prefix`. */
export const prefixSpec = {
  expected: "the start of a TypeScript identifier (letters, digits, _ or $, not starting with a digit)",
  test: (v: unknown) => typeof v === "string" && identifierStart.test(v),
};
/** The check of `typeSuffix` and zod's `naming.suffix`. */
export const suffixSpec = {
  expected: "the rest of a TypeScript identifier (letters, digits, _ or $)",
  test: (v: unknown) => typeof v === "string" && identifierPart.test(v),
};

/** zod's `naming`: an object of `prefix` and `suffix`, each checked as an identifier part. */
export function checkNaming(value: unknown, path: string, errors: ConfigError[]): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    errors.push({ path, expected: "an object with `prefix` and/or `suffix`", received: describeValue(value) });
    return;
  }
  for (const [key, part] of Object.entries(value)) {
    const spec = key === "prefix" ? prefixSpec : key === "suffix" ? suffixSpec : undefined;
    if (!spec) errors.push({ path: `${path}.${key}`, expected: "prefix or suffix", received: "an unknown key" });
    else if (part !== undefined && !spec.test(part))
      errors.push({ path: `${path}.${key}`, expected: spec.expected, received: describeValue(part) });
  }
}
