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
  const ts = loadTypeScript();
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const tokens: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.NewLineTrivia) continue;
    if (kind === ts.SyntaxKind.SemicolonToken || kind === ts.SyntaxKind.CommaToken) continue;
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      tokens.push(scanner.getTokenText().replace(/\s+/g, " "));
    } else if (kind === ts.SyntaxKind.StringLiteral || kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) {
      tokens.push(JSON.stringify(scanner.getTokenValue()));
    } else tokens.push(scanner.getTokenText());
  }
  return sortImports(dropLeadingOperators(tokens)).join(" ");
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
