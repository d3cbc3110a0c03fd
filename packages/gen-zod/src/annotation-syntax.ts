import type { ts } from "ts-morph";
import { typescriptApi } from "./typescript.js";

/** A literal argument of a `/// @zod` call, as a value: never source text. */
export type LiteralValue =
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "bigint"; readonly value: bigint }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "null" }
  | { readonly kind: "regex"; readonly source: string; readonly flags: string }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, LiteralValue])[] };

/** One `.name(arguments)` call of an annotation. */
export interface ParsedCall {
  readonly name: string;
  readonly args: readonly LiteralValue[];
}

/** Why the text is not a chain of calls with literal arguments. */
export class AnnotationSyntaxError extends Error {}

/**
 * Reads `.email().max(320, "Too long")` with TypeScript's own scanner (strings, escapes, numbers, regular expression
 * literals with classes and flags exactly as JavaScript reads them) and a small parser that accepts only a chain of
 * calls whose arguments are literals, regular expressions or objects of those. Anything else — an identifier, a
 * template with substitutions, a parenthesized expression, a comment — throws `AnnotationSyntaxError`.
 */
export function parseAnnotation(text: string): ParsedCall[] {
  const reader = new TokenReader(text);
  const calls: ParsedCall[] = [];
  while (reader.kind !== typescriptApi().SyntaxKind.EndOfFileToken) calls.push(readCall(reader));
  return calls;
}

class TokenReader {
  private readonly scanner: ts.Scanner;
  kind: ts.SyntaxKind;

  constructor(text: string) {
    const fail = (message: ts.DiagnosticMessage) => {
      throw new AnnotationSyntaxError(message.message);
    };
    this.scanner = typescriptApi().createScanner(
      typescriptApi().ScriptTarget.Latest,
      false,
      typescriptApi().LanguageVariant.Standard,
      text,
      fail,
    );
    this.kind = typescriptApi().SyntaxKind.Unknown;
    this.next();
  }

  /** Moves to the next token; whitespace is skipped, comments are refused (they could hide anything). */
  next(): void {
    let kind = this.scanner.scan();
    while (kind === typescriptApi().SyntaxKind.WhitespaceTrivia) kind = this.scanner.scan();
    if (
      kind === typescriptApi().SyntaxKind.SingleLineCommentTrivia ||
      kind === typescriptApi().SyntaxKind.MultiLineCommentTrivia ||
      kind === typescriptApi().SyntaxKind.NewLineTrivia ||
      kind === typescriptApi().SyntaxKind.ConflictMarkerTrivia ||
      kind === typescriptApi().SyntaxKind.ShebangTrivia
    )
      throw new AnnotationSyntaxError("comments and line breaks are not allowed");
    this.kind = kind;
  }

  /** Reads a `/` or `/=` at an argument's start as a regular expression literal. */
  rescanRegex(): void {
    this.kind = this.scanner.reScanSlashToken();
  }

  get text(): string {
    return this.scanner.getTokenText();
  }

  get value(): string {
    return this.scanner.getTokenValue();
  }

  expect(kind: ts.SyntaxKind, what: string): void {
    if (this.kind !== kind) throw new AnnotationSyntaxError(`expected ${what}, found \`${this.text}\``);
    this.next();
  }
}

function readCall(reader: TokenReader): ParsedCall {
  reader.expect(typescriptApi().SyntaxKind.DotToken, "`.` and a method name");
  if (reader.kind !== typescriptApi().SyntaxKind.Identifier)
    throw new AnnotationSyntaxError(`expected a method name after \`.\``);
  const name = reader.value;
  reader.next();
  reader.expect(typescriptApi().SyntaxKind.OpenParenToken, "`(`");
  const args = readList(reader, typescriptApi().SyntaxKind.CloseParenToken, () => readValue(reader));
  return { name, args };
}

/** Items separated by commas (a trailing comma allowed) up to the closing token, which it consumes. */
function readList<T>(reader: TokenReader, close: ts.SyntaxKind, item: () => T): T[] {
  const items: T[] = [];
  while (reader.kind !== close) {
    items.push(item());
    if (reader.kind !== close) reader.expect(typescriptApi().SyntaxKind.CommaToken, "`,`");
  }
  reader.next();
  return items;
}

function readValue(reader: TokenReader): LiteralValue {
  if (
    reader.kind === typescriptApi().SyntaxKind.SlashToken ||
    reader.kind === typescriptApi().SyntaxKind.SlashEqualsToken
  )
    reader.rescanRegex();
  const { kind } = reader;
  if (kind === typescriptApi().SyntaxKind.MinusToken) {
    reader.next();
    const value = readValue(reader);
    if (value.kind === "number") return { kind: "number", value: -value.value };
    if (value.kind === "bigint") return { kind: "bigint", value: -value.value };
    throw new AnnotationSyntaxError("`-` must be followed by a number");
  }
  if (kind === typescriptApi().SyntaxKind.OpenBraceToken) {
    reader.next();
    return {
      kind: "object",
      entries: readList(reader, typescriptApi().SyntaxKind.CloseBraceToken, () => readEntry(reader)),
    };
  }
  const value = literalToken(reader);
  reader.next();
  return value;
}

function readEntry(reader: TokenReader): readonly [string, LiteralValue] {
  if (reader.kind !== typescriptApi().SyntaxKind.Identifier && reader.kind !== typescriptApi().SyntaxKind.StringLiteral)
    throw new AnnotationSyntaxError(`expected a property name, found \`${reader.text}\``);
  const key = reader.value;
  reader.next();
  reader.expect(typescriptApi().SyntaxKind.ColonToken, "`:`");
  return [key, readValue(reader)];
}

function literalToken(reader: TokenReader): LiteralValue {
  const { kind, text, value } = reader;
  switch (kind) {
    case typescriptApi().SyntaxKind.StringLiteral:
    case typescriptApi().SyntaxKind.NoSubstitutionTemplateLiteral:
      return { kind: "string", value };
    case typescriptApi().SyntaxKind.NumericLiteral:
      return { kind: "number", value: numberOf(text) };
    case typescriptApi().SyntaxKind.BigIntLiteral:
      return { kind: "bigint", value: BigInt(text.slice(0, -1).replaceAll("_", "")) };
    case typescriptApi().SyntaxKind.TrueKeyword:
    case typescriptApi().SyntaxKind.FalseKeyword:
      return { kind: "boolean", value: kind === typescriptApi().SyntaxKind.TrueKeyword };
    case typescriptApi().SyntaxKind.NullKeyword:
      return { kind: "null" };
    case typescriptApi().SyntaxKind.RegularExpressionLiteral:
      return regexOf(text);
    default:
      throw new AnnotationSyntaxError(`\`${text}\` is not a literal`);
  }
}

function numberOf(text: string): number {
  // Legacy octal (`017`) means something else in sloppy code and nothing in modules: refuse it.
  if (/^0\d/.test(text)) throw new AnnotationSyntaxError(`\`${text}\` is a legacy octal number`);
  const value = Number(text.replaceAll("_", ""));
  if (!Number.isFinite(value)) throw new AnnotationSyntaxError(`\`${text}\` is not a finite number`);
  return value;
}

/** A regular expression literal, checked by compiling it (never by evaluating code). */
function regexOf(text: string): LiteralValue {
  const end = text.lastIndexOf("/");
  const source = text.slice(1, end);
  const flags = text.slice(end + 1);
  try {
    new RegExp(source, flags);
  } catch (error) {
    throw new AnnotationSyntaxError(`\`${text}\` is not a valid regular expression: ${(error as Error).message}`);
  }
  return { kind: "regex", source, flags };
}
