import { inspect } from "node:util";

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
