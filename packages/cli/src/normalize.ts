import { createRequire } from "node:module";
import type { ts } from "ts-morph";

/**
 * TypeScript's scanner, loaded on first use: this module is re-exported by the package's index, which a
 * `cardinal.config.ts` imports for `defineConfig`, and TypeScript is most of a cold start. It is the copy bundled in
 * ts-morph, which the types and zod generators need anyway: one TypeScript in a user's node_modules, not two.
 */
let typescript: typeof ts | undefined;
const loadTypeScript = (): typeof ts => {
  typescript ??= (createRequire(import.meta.url)("ts-morph") as { ts: typeof ts }).ts;
  return typescript;
};

/**
 * A formatting-insensitive form of a generated file, so `gen check` stays green after a project formats the
 * output: TypeScript is compared token by token (string quotes, separators, whitespace, import order and the
 * order of named imports do not count; comment text does), JSON by value, everything else with whitespace folded.
 */
export function normalizeForComparison(path: string, text: string): string {
  if (/\.(c|m)?[jt]sx?$/.test(path)) return normalizeTypeScript(text);
  if (path.endsWith(".json")) {
    try {
      return JSON.stringify(JSON.parse(text));
    } catch {
      return foldWhitespace(text);
    }
  }
  return foldWhitespace(text);
}

function foldWhitespace(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line) => line !== "" && !/^\|?[\s|:-]+\|?$/.test(line))
    .map((line) => (line.startsWith("|") ? line.replace(/\s*\|\s*/g, "|") : line))
    .join("\n");
}

function normalizeTypeScript(text: string): string {
  return sortImports(
    dropLeadingOperators(dropArrowParens(unquoteKeys(dropControlBraces(dropReturnParens(scanTokens(text)))))),
  ).join(" ");
}

/** A token as scanned: its kind, its text, and whether a line break comes before it. */
interface Token {
  readonly kind: ts.SyntaxKind;
  readonly text: string;
  readonly lineBreak: boolean;
}

/**
 * TypeScript's scanner, run without a parser: template literals (`${...}` nesting included) and regular
 * expressions are re-scanned where the parser would, so a quote inside either cannot swallow the rest of the file.
 */
function scanTokens(text: string): Token[] {
  const ts = loadTypeScript();
  const { SyntaxKind: K } = ts;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const tokens: Token[] = [];
  const substitutions: number[] = [];
  let depth = 0;
  // Trivia is not skipped (comments count), so the scanner's own line-break flag is not kept: track it here.
  let lineBreak = false;
  for (let kind = scanner.scan(); kind !== K.EndOfFileToken; kind = scanner.scan()) {
    if (kind === K.NewLineTrivia) lineBreak = true;
    if (kind === K.WhitespaceTrivia || kind === K.NewLineTrivia) continue;
    if (kind === K.CloseBraceToken && substitutions.at(-1) === depth) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === K.TemplateTail) substitutions.pop();
    } else if ((kind === K.SlashToken || kind === K.SlashEqualsToken) && startsOperand(tokens.at(-1)?.kind)) {
      kind = scanner.reScanSlashToken();
    } else if (kind === K.TemplateHead) substitutions.push(depth);
    else if (kind === K.OpenBraceToken) depth++;
    else if (kind === K.CloseBraceToken) depth--;
    tokens.push({ kind, text: tokenText(scanner, kind), lineBreak });
    lineBreak = false;
  }
  return tokens;
}

/** A token's comparable text: string values re-quoted one way, comments with their whitespace folded. */
function tokenText(scanner: ts.Scanner, kind: ts.SyntaxKind): string {
  const { SyntaxKind: K } = loadTypeScript();
  if (kind === K.SingleLineCommentTrivia || kind === K.MultiLineCommentTrivia)
    return scanner.getTokenText().replace(/\s+/g, " ");
  if (kind === K.StringLiteral || kind === K.NoSubstitutionTemplateLiteral)
    return JSON.stringify(scanner.getTokenValue());
  return scanner.getTokenText();
}

/** After these (or at the start) a `/` begins a regular expression, not a division. */
function startsOperand(previous: ts.SyntaxKind | undefined): boolean {
  if (previous === undefined) return true;
  const { SyntaxKind: K } = loadTypeScript();
  return [
    K.OpenParenToken,
    K.CommaToken,
    K.EqualsToken,
    K.ColonToken,
    K.OpenBracketToken,
    K.ExclamationToken,
    K.AmpersandAmpersandToken,
    K.BarBarToken,
    K.QuestionToken,
    K.QuestionQuestionToken,
    K.OpenBraceToken,
    K.SemicolonToken,
    K.ReturnKeyword,
    K.EqualsGreaterThanToken,
  ].includes(previous);
}

/**
 * Property keys without quotes when they need none (`"READER": ...` → `READER: ...`), as Prettier, dprint and Biome
 * write them (`quoteProps: "as-needed"`), or with quotes everywhere (`"consistent"`): a key is a string right after
 * `{`, `,`, `;` or a line break, and right before `:` or `?:`. Separators are dropped afterwards.
 */
function unquoteKeys(tokens: readonly Token[]): string[] {
  const { SyntaxKind: K } = loadTypeScript();
  const keyStarts = new Set([K.OpenBraceToken, K.CommaToken, K.SemicolonToken]);
  return tokens.flatMap((token, i) => {
    if (token.kind === K.SemicolonToken || token.kind === K.CommaToken) return [];
    if (token.kind !== K.StringLiteral) return [token.text];
    const previous = tokens[i - 1];
    const next = tokens[i + 1]?.kind === K.QuestionToken ? tokens[i + 2] : tokens[i + 1];
    const keyPosition =
      (previous === undefined || keyStarts.has(previous.kind) || token.lineBreak) && next?.kind === K.ColonToken;
    const value = JSON.parse(token.text) as string;
    return [keyPosition && /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u.test(value) ? value : token.text];
  });
}

/**
 * `return (a && b);` as `return a && b;`: formatters wrap a long returned expression in parentheses (Biome, Prettier)
 * when they break it over lines. Only parentheses around the whole returned expression are dropped.
 */
function dropReturnParens(tokens: readonly Token[]): Token[] {
  const { SyntaxKind: K } = loadTypeScript();
  const dropped = new Set<number>();
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]?.kind !== K.ReturnKeyword || tokens[i + 1]?.kind !== K.OpenParenToken) continue;
    const close = matchingParen(tokens, i + 1, K);
    const after = tokens[close + 1];
    if (close > 0 && (after === undefined || after.kind === K.SemicolonToken || after.kind === K.CloseBraceToken))
      dropped.add(i + 1).add(close);
  }
  return tokens.filter((_, i) => !dropped.has(i));
}

/** The index of the token that closes the bracket at `open` (`(` or `{`), or -1. */
function matchingParen(tokens: readonly Token[], open: number, K: typeof ts.SyntaxKind): number {
  const opener = tokens[open]?.kind;
  const closer = opener === K.OpenBraceToken ? K.CloseBraceToken : K.CloseParenToken;
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i]?.kind === opener) depth++;
    else if (tokens[i]?.kind === closer && --depth === 0) return i;
  }
  return -1;
}

/**
 * The braces of `if`/`else`/`for`/`while` bodies: dprint adds them where a body spans lines, and formatters differ
 * on them. They are dropped everywhere, so a body that differs only by its braces compares equal: `check` looks for
 * stale generated files, and a schema change never changes braces alone.
 */
function dropControlBraces(tokens: readonly Token[]): Token[] {
  const { SyntaxKind: K } = loadTypeScript();
  const headers = new Set([K.IfKeyword, K.ForKeyword, K.WhileKeyword]);
  const dropped = new Set<number>();
  for (let i = 0; i < tokens.length - 1; i++) {
    const kind = tokens[i]?.kind;
    let open = -1;
    if (kind === K.ElseKeyword) open = i + 1;
    else if (kind !== undefined && headers.has(kind)) {
      const paren = tokens[i + 1]?.kind === K.AwaitKeyword ? i + 2 : i + 1;
      if (tokens[paren]?.kind === K.OpenParenToken) open = matchingParen(tokens, paren, K) + 1;
    }
    if (open <= 0 || tokens[open]?.kind !== K.OpenBraceToken) continue;
    const close = matchingParen(tokens, open, K);
    if (close > 0) dropped.add(open).add(close);
  }
  return tokens.filter((_, i) => !dropped.has(i));
}

/** `(value) => ...` as `value => ...` (Prettier's `arrowParens: "avoid"`). */
function dropArrowParens(tokens: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (
      token === "(" &&
      tokens[i + 2] === ")" &&
      tokens[i + 3] === "=>" &&
      /^[\p{ID_Start}$_][\p{ID_Continue}$]*$/u.test(tokens[i + 1] ?? "")
    ) {
      kept.push(tokens[i + 1] as string);
      i += 2;
    } else kept.push(token);
  }
  return kept;
}

/** Formatters write multi-line unions and intersections with a leading `|` or `&` (`= | a | b`): drop it. */
function dropLeadingOperators(tokens: readonly string[]): string[] {
  const openers = new Set(["=", "(", "<", ":", "?", "[", "{"]);
  const kept: string[] = [];
  for (const token of tokens) {
    if ((token === "|" || token === "&") && (kept.length === 0 || openers.has(kept.at(-1) as string))) continue;
    kept.push(token);
  }
  return kept;
}

/**
 * Import declarations and `export ... from` re-exports as a set, each with its named imports as a set: formatters
 * reorder both.
 */
function sortImports(tokens: readonly string[]): string[] {
  const moduleStatements: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const startsModuleStatement =
      token === "import" ||
      (token === "export" && (tokens[i + 1] === "*" || tokens[i + 1] === "{" || tokens[i + 1] === "type"));
    const from = startsModuleStatement ? tokens.indexOf("from", i) : -1;
    if (from < 0) {
      rest.push(token);
      continue;
    }
    const clause = tokens.slice(i, from);
    const open = clause.indexOf("{");
    const close = clause.indexOf("}");
    const named =
      open >= 0 && close > open
        ? [...clause.slice(0, open + 1), ...clause.slice(open + 1, close).sort(), ...clause.slice(close)]
        : clause;
    moduleStatements.push([...named, "from", tokens[from + 1]].join(" "));
    i = from + 1;
  }
  return [...moduleStatements.sort(), ...rest];
}
