import type { Report } from "../diagnostics/collector.js";
import type { Attribute, ConfigProperty, EnumValueDeclaration, FieldArity, FieldTypeNode, Identifier } from "./ast.js";
import type { LineScanner } from "./line-scanner.js";
import { parseArgumentList, parseExpression, parseString } from "./parse-expression.js";

/** What one line of a block holds, before it is checked against the block's kind. */
export interface ParsedField {
  readonly name: Identifier;
  readonly type: FieldTypeNode | undefined;
  readonly legacy: { readonly message: string; readonly start: number; readonly end: number } | undefined;
  readonly attributes: readonly Attribute[];
  readonly trailingDoc: string | undefined;
}

/** `name [:] [Type] @attr* [// comment]`; undefined when the line is not a field. */
export function parseFieldLine(scanner: LineScanner, report: Report): ParsedField | undefined {
  const name = scanner.identifier();
  if (!name) return undefined;
  scanner.skipWhitespace();
  let legacy: ParsedField["legacy"];
  const colonAt = scanner.pos;
  if (scanner.eat(":")) {
    legacy = {
      message: "Field declarations don't require a `:`. Write `name Type`.",
      start: colonAt,
      end: colonAt + 1,
    };
    scanner.skipWhitespace();
  }
  const typeStart = scanner.pos;
  const type = parseFieldType(scanner, report);
  if (type === null) return undefined;
  if (type?.legacy) legacy = { message: type.legacy, start: typeStart, end: scanner.pos };
  const attributes = parseFieldAttributes(scanner, report);
  if (!attributes) return undefined;
  const rest = scanner.restIsBlank();
  if (!rest.blank) return undefined;
  return { name, type: type?.node, legacy, attributes, trailingDoc: rest.doc };
}

/** `@attr*` separated by optional whitespace; undefined when one is malformed. */
function parseFieldAttributes(scanner: LineScanner, report: Report): Attribute[] | undefined {
  const attributes: Attribute[] = [];
  for (;;) {
    scanner.skipWhitespace();
    if (scanner.peek() !== "@" || scanner.peek(1) === "@") return attributes;
    const attribute = parseAttribute(scanner, report, "@");
    if (!attribute) return undefined;
    attributes.push(attribute);
  }
}

/** `@name(args)` or `@@name(args)`; undefined when malformed. */
export function parseAttribute(scanner: LineScanner, report: Report, prefix: "@" | "@@"): Attribute | undefined {
  const start = scanner.pos;
  if (!scanner.eat(prefix)) return undefined;
  scanner.skipWhitespace();
  const path = scanner.path();
  if (!path) return undefined;
  const afterPath = scanner.pos;
  scanner.skipWhitespace();
  let args: Attribute["arguments"];
  if (scanner.peek() === "(") {
    args = parseArgumentList(scanner, report);
    if (!args) return undefined;
  } else {
    scanner.pos = afterPath;
  }
  return { name: path, arguments: args, start, end: scanner.pos };
}

interface ParsedType {
  readonly node: FieldTypeNode;
  readonly legacy: string | undefined;
}

/** A field type with its arity suffix; undefined when absent, null when malformed. */
function parseFieldType(scanner: LineScanner, report: Report): ParsedType | undefined | null {
  const start = scanner.pos;
  if (scanner.eat("[")) {
    scanner.skipWhitespace();
    const base = parseBaseType(scanner, report);
    scanner.skipWhitespace();
    if (!base || !scanner.eat("]")) return null;
    const legacy = "To specify a list, write `Type[]` instead of `[Type]`.";
    return { node: { name: base.name, unsupported: base.unsupported, arity: "list", start, end: scanner.pos }, legacy };
  }
  const base = parseBaseType(scanner, report);
  if (base === null) return null;
  if (!base) return undefined;
  const suffix = parseAritySuffix(scanner);
  const node = { name: base.name, unsupported: base.unsupported, arity: suffix.arity, start, end: scanner.pos };
  return { node, legacy: suffix.legacy };
}

function parseAritySuffix(scanner: LineScanner): { arity: FieldArity; legacy: string | undefined } {
  const afterBase = scanner.pos;
  scanner.skipWhitespace();
  if (scanner.eat("[")) {
    scanner.skipWhitespace();
    if (scanner.eat("]")) {
      const afterList = scanner.pos;
      scanner.skipWhitespace();
      if (scanner.eat("?")) {
        return { arity: "list", legacy: "Optional lists are not supported. Use either `Type[]` or `Type?`." };
      }
      scanner.pos = afterList;
      return { arity: "list", legacy: undefined };
    }
  }
  scanner.pos = afterBase;
  scanner.skipWhitespace();
  if (scanner.eat("?")) return { arity: "optional", legacy: undefined };
  if (scanner.eat("!")) return { arity: "required", legacy: "Fields are required by default; remove the `!`." };
  scanner.pos = afterBase;
  return { arity: "required", legacy: undefined };
}

function parseBaseType(
  scanner: LineScanner,
  report: Report,
): Pick<FieldTypeNode, "name" | "unsupported"> | undefined | null {
  const start = scanner.pos;
  if (scanner.eat("Unsupported(")) {
    scanner.skipWhitespace();
    const literal = parseString(scanner, report);
    scanner.skipWhitespace();
    if (!literal || !scanner.eat(")")) return null;
    return { name: { text: "Unsupported", start, end: start + 11 }, unsupported: literal.value };
  }
  const name = scanner.identifier();
  if (!name) return undefined;
  return { name, unsupported: undefined };
}

/** `Name @attr* [// comment]` in an enum; undefined when malformed. */
export function parseEnumValueLine(
  scanner: LineScanner,
  report: Report,
  documentation: string | undefined,
): EnumValueDeclaration | undefined {
  const start = scanner.pos;
  const name = scanner.identifier();
  if (!name) return undefined;
  const attributes = parseFieldAttributes(scanner, report);
  if (!attributes) return undefined;
  const end = scanner.pos;
  const rest = scanner.restIsBlank();
  if (!rest.blank) return undefined;
  return {
    name,
    attributes,
    documentation: joinDocs(documentation, rest.doc),
    start,
    end,
  };
}

/** `key = value [// comment]` in a datasource or generator; undefined when malformed. */
export function parseConfigLine(scanner: LineScanner, report: Report): ConfigProperty | undefined {
  const start = scanner.pos;
  const key = scanner.identifier();
  if (!key) return undefined;
  scanner.skipWhitespace();
  if (!scanner.eat("=")) return undefined;
  scanner.skipWhitespace();
  const value = parseExpression(scanner, report);
  if (!value) return undefined;
  const end = scanner.pos;
  if (!scanner.restIsBlank().blank) return undefined;
  return { key, value, start, end };
}

/** A block attribute line: `@@name(args) [// comment]`; undefined when malformed. */
export function parseBlockAttributeLine(scanner: LineScanner, report: Report): Attribute | undefined {
  const attribute = parseAttribute(scanner, report, "@@");
  if (!attribute || !scanner.restIsBlank().blank) return undefined;
  return attribute;
}

/** Joins doc comment texts (leading lines, trailing comment), or undefined when there are none. */
export function joinDocs(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined);
  return present.length === 0 ? undefined : present.join("\n");
}
