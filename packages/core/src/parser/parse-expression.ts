import type { Report } from "../diagnostics/collector.js";
import { lookupTable } from "../lookup-table.js";
import type { Argument, ArgumentList, Expression, ObjectEntry, StringLiteral } from "./ast.js";
import type { LineScanner } from "./line-scanner.js";

/**
 * How deeply calls, brackets and objects may nest. Prisma schemas never need more than a few levels; the bound keeps
 * the recursive parser (and every later walk over expressions) far from the call stack's limit on any input, and is
 * high enough that no schema Prisma accepts in practice is refused.
 */
export const maxNestingDepth = 256;

/**
 * Parses an expression: function call, array, object, number, string or constant (Prisma's order of alternatives).
 * Returns undefined, with the scanner at an unspecified place, when no expression starts here or it nests more
 * than `maxNestingDepth` levels deep (then reported once per line, as E109). */
export function parseExpression(scanner: LineScanner, report: Report): Expression | undefined {
  if (scanner.depth >= maxNestingDepth) {
    reportTooDeep(scanner, report);
    return undefined;
  }
  scanner.depth++;
  const expression = parseExpressionAt(scanner, report);
  scanner.depth--;
  return expression;
}

function reportTooDeep(scanner: LineScanner, report: Report): void {
  if (scanner.tooDeep) return;
  scanner.tooDeep = true;
  const message = `This value nests calls or brackets more than ${maxNestingDepth} levels deep. Prisma schemas never need that many; flatten it.`;
  report("E109", message, { start: scanner.pos, end: Math.min(scanner.pos + 1, scanner.end) });
}

function parseExpressionAt(scanner: LineScanner, report: Report): Expression | undefined {
  const ch = scanner.peek();
  if (ch === "[") return parseArray(scanner, report);
  if (ch === "{") return parseObject(scanner, report);
  if (ch === '"') return parseString(scanner, report);
  if (ch === "-" || isDigit(ch)) {
    const number = parseNumber(scanner);
    if (number) return number;
  }
  const path = scanner.path();
  if (!path) return undefined;
  const afterPath = scanner.pos;
  scanner.skipWhitespace();
  if (scanner.peek() === "(") {
    const args = parseArgumentList(scanner, report);
    if (!args) return undefined;
    const name = path;
    return { kind: "function", name, arguments: args, start: path.start, end: args.end };
  }
  scanner.pos = afterPath;
  return { kind: "constant", name: path.text, start: path.start, end: path.end };
}

/** `( arg, arg, ... ,? )`; undefined when malformed. */
export function parseArgumentList(scanner: LineScanner, report: Report): ArgumentList | undefined {
  const start = scanner.pos;
  if (!scanner.eat("(")) return undefined;
  const args: Argument[] = [];
  scanner.skipWhitespace();
  if (scanner.peek() !== ")" && scanner.peek() !== ",") {
    for (;;) {
      const arg = parseArgument(scanner, report);
      if (!arg) return undefined;
      args.push(arg);
      scanner.skipWhitespace();
      if (scanner.peek() !== ",") break;
      const beforeComma = scanner.pos;
      scanner.pos++;
      scanner.skipWhitespace();
      if (scanner.peek() === ")") {
        scanner.pos = beforeComma;
        break;
      }
    }
  }
  scanner.skipWhitespace();
  const commaAt = scanner.pos;
  const trailingComma = scanner.eat(",") ? { start: commaAt, end: commaAt + 1 } : undefined;
  scanner.skipWhitespace();
  if (!scanner.eat(")")) return undefined;
  return { arguments: args, trailingComma, start, end: scanner.pos };
}

function parseArgument(scanner: LineScanner, report: Report): Argument | undefined {
  const start = scanner.pos;
  const name = scanner.identifier();
  if (name) {
    const afterName = scanner.pos;
    scanner.skipWhitespace();
    if (scanner.eat(":")) {
      const identifier = name;
      scanner.skipWhitespace();
      const valueStart = scanner.pos;
      const value = parseExpression(scanner, report);
      if (!value) {
        scanner.pos = valueStart;
        return { name: identifier, value: undefined, start, end: afterName + 1 };
      }
      return { name: identifier, value, start, end: value.end };
    }
    scanner.pos = start;
  }
  const value = parseExpression(scanner, report);
  if (!value) return undefined;
  return { name: undefined, value, start: value.start, end: value.end };
}

function parseArray(scanner: LineScanner, report: Report): Expression | undefined {
  const start = scanner.pos;
  scanner.eat("[");
  const items: Expression[] = [];
  scanner.skipWhitespace();
  if (scanner.peek() !== "]") {
    for (;;) {
      const item = parseExpression(scanner, report);
      if (!item) return undefined;
      items.push(item);
      scanner.skipWhitespace();
      if (!scanner.eat(",")) break;
      scanner.skipWhitespace();
    }
  }
  if (!scanner.eat("]")) return undefined;
  return { kind: "array", items, start, end: scanner.pos };
}

/** `{ key: value, ... }`; undefined when malformed. */
function parseObject(scanner: LineScanner, report: Report): Expression | undefined {
  const start = scanner.pos;
  scanner.eat("{");
  const entries: ObjectEntry[] = [];
  scanner.skipWhitespace();
  if (scanner.peek() !== "}") {
    for (;;) {
      const key = scanner.identifier();
      if (!key) return undefined;
      scanner.skipWhitespace();
      if (!scanner.eat(":")) return undefined;
      scanner.skipWhitespace();
      const value = parseExpression(scanner, report);
      if (!value) return undefined;
      entries.push({ key, value, start: key.start, end: value.end });
      scanner.skipWhitespace();
      if (!scanner.eat(",")) break;
      scanner.skipWhitespace();
    }
  }
  if (!scanner.eat("}")) return undefined;
  return { kind: "object", entries, start, end: scanner.pos };
}

/** `-?[0-9]+(\.[0-9]+)?`. */
function parseNumber(scanner: LineScanner): Expression | undefined {
  const start = scanner.pos;
  scanner.eat("-");
  if (!isDigit(scanner.peek())) {
    scanner.pos = start;
    return undefined;
  }
  while (isDigit(scanner.peek())) scanner.pos++;
  if (scanner.peek() === "." && isDigit(scanner.peek(1))) {
    scanner.pos++;
    while (isDigit(scanner.peek())) scanner.pos++;
  }
  const raw = scanner.text.slice(start, scanner.pos);
  return { kind: "number", raw, start, end: scanner.pos };
}

const simpleEscapes: Readonly<Record<string, string>> = lookupTable({
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
});

/** A JSON-style string literal; control characters end it unsuccessfully. */
export function parseString(scanner: LineScanner, report: Report): StringLiteral | undefined {
  const start = scanner.pos;
  if (!scanner.eat('"')) return undefined;
  let value = "";
  for (;;) {
    const ch = scanner.peek();
    if (ch === undefined || ch.charCodeAt(0) < 0x20) return undefined;
    scanner.pos++;
    if (ch === '"') break;
    if (ch !== "\\") {
      value += ch;
      continue;
    }
    const escaped = scanner.peek();
    if (escaped === undefined) return undefined;
    scanner.pos++;
    value += readEscape(scanner, escaped, report);
  }
  return { kind: "string", value, start, end: scanner.pos };
}

function readEscape(scanner: LineScanner, escaped: string, report: Report): string {
  const simple = simpleEscapes[escaped];
  if (simple !== undefined) return simple;
  if (escaped === "u") {
    const hex = scanner.text.slice(scanner.pos, scanner.pos + 4);
    if (/^[0-9a-fA-F]{4}$/.test(hex) && scanner.pos + 4 <= scanner.end) {
      scanner.pos += 4;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
  }
  const span = { start: scanner.pos - 2, end: scanner.pos };
  report("E108", `Unknown escape sequence \`\\${escaped}\` in a string. Use \\", \\\\, \\n, \\t or \\uXXXX.`, span);
  return escaped;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}
