import type { LiteralValue } from "./annotation-syntax.js";
import { typescriptApi } from "./typescript.js";

/**
 * A string literal for any text: JSON's escapes, plus the line and paragraph separators, which JSON leaves raw and
 * older tools read as line breaks.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}

/**
 * A regular expression as code: a literal written from the compiled pattern's `source` when TypeScript's scanner
 * reads it back as exactly one literal with the same pattern, else `new RegExp("…", "…")` from string literals.
 */
export function regexLiteral(source: string, flags: string): string {
  const compiled = new RegExp(source, flags);
  const literal = `/${compiled.source}/${compiled.flags}`;
  const scanner = typescriptApi().createScanner(
    typescriptApi().ScriptTarget.Latest,
    false,
    typescriptApi().LanguageVariant.Standard,
    literal,
  );
  let fine = true;
  scanner.setOnError(() => {
    fine = false;
  });
  scanner.scan();
  const kind = scanner.reScanSlashToken();
  const whole = kind === typescriptApi().SyntaxKind.RegularExpressionLiteral && scanner.getTokenText() === literal;
  if (fine && whole && scanner.scan() === typescriptApi().SyntaxKind.EndOfFileToken) return literal;
  return `new RegExp(${stringLiteral(compiled.source)}, ${stringLiteral(compiled.flags)})`;
}

/** The code of a checked argument, written from its value alone (the annotation's text is never copied). */
export function valueCode(value: LiteralValue): string {
  switch (value.kind) {
    case "string":
      return stringLiteral(value.value);
    case "number":
      return Object.is(value.value, -0) ? "-0" : String(value.value);
    case "bigint":
      return `${value.value}n`;
    case "boolean":
      return String(value.value);
    case "null":
      return "null";
    case "regex":
      return regexLiteral(value.source, value.flags);
    case "object":
      return value.entries.length === 0
        ? "{}"
        : `{ ${value.entries.map(([key, item]) => `${stringLiteral(key)}: ${valueCode(item)}`).join(", ")} }`;
  }
}
