import type { CompletionContext, CompletionResult } from "@codemirror/autocomplete";

const scalarTypes = ["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"];
const fieldAttributes = ["@id", "@default()", "@unique", "@relation()", "@map()", "@updatedAt", "@ignore", "@db."];
const blockAttributes = ["@@id([])", "@@unique([])", "@@index([])", "@@map()", "@@ignore", "@@schema()"];
const functions = ["autoincrement()", "now()", "uuid()", "cuid()", "dbgenerated()", "env()"];
const keywords = ["model", "enum", "datasource", "generator", "view", "type"];

/** The model, enum, composite type and view names declared in a schema text. */
export function declaredNames(text: string): string[] {
  return [...text.matchAll(/^\s*(?:model|enum|type|view)\s+([\p{L}\w]+)/gmu)].map((match) => match[1] as string);
}

/**
 * Completion for the schema editor: block keywords at the start of a line, field types (scalars and declared
 * names) after a field name, attributes after `@` or `@@`, functions inside `@default(`.
 */
export function prismaCompletion(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const before = line.text.slice(0, context.pos - line.from);
  const attribute = /@@?[\w.]*$/.exec(before);
  if (attribute) {
    const options = attribute[0].startsWith("@@") ? blockAttributes : fieldAttributes;
    return { from: context.pos - attribute[0].length, options: options.map((label) => ({ label, type: "keyword" })) };
  }
  const word = context.matchBefore(/[\p{L}\w]*/u);
  if (!word || (word.from === word.to && !context.explicit)) return null;
  if (/@default\([^)]*$/.test(before))
    return { from: word.from, options: functions.map((label) => ({ label, type: "function" })) };
  if (/^[\p{L}\w]*$/u.test(before.trim()) && !/^\s/.test(before))
    return { from: word.from, options: keywords.map((label) => ({ label, type: "keyword" })) };
  if (/^\s+[\p{L}\w]+\s+[\p{L}\w]*$/u.test(before)) {
    const types = [
      ...scalarTypes.map((label) => ({ label, type: "type" })),
      ...declaredNames(context.state.doc.toString()).map((label) => ({ label, type: "class" })),
    ];
    return { from: word.from, options: types };
  }
  return null;
}
