import type { Report } from "../diagnostics/collector.js";
import { scalarTypeNames } from "../model/types.js";
import type { Identifier } from "../parser/ast.js";

/** Names Prisma reserves for models, enums and composite types (its client would not compile). */
const reservedTypeNames = new Set([
  "PrismaClient",
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else"],
  ...["enum", "export", "extends", "false", "finally", "for", "function", "if", "implements", "import", "in"],
  ...["instanceof", "interface", "let", "new", "null", "package", "private", "protected", "public", "return"],
  ...["super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield"],
  ...["async", "await"],
  ...scalarTypeNames,
]);

/** Composite types only may not take a scalar type's name: Prisma's client does not declare them as classes. */
const reservedCompositeTypeNames = new Set<string>(scalarTypeNames);

/** Checks a model, view, enum or composite type name: reserved words, leading digits, `-`. */
export function checkTypeName(
  name: Identifier,
  what: "Model" | "View" | "Enum" | "Composite type",
  report: Report,
): void {
  const reserved = what === "Composite type" ? reservedCompositeTypeNames : reservedTypeNames;
  if (reserved.has(name.text)) {
    const message =
      what === "Composite type"
        ? `The composite type name \`${name.text}\` is a scalar type's name, which Prisma reserves. Rename the type.`
        : `The ${what.toLowerCase()} name \`${name.text}\` is reserved (a JavaScript keyword, a Prisma name or a scalar type). Rename it, and keep the table name with \`@@map("${name.text}")\` if needed.`;
    report("E204", message, name);
    return;
  }
  checkNameCharacters(name, what, report);
}

/** Checks a field or enum value name: no leading digit, no `-`. */
export function checkNameCharacters(name: Identifier, what: string, report: Report): void {
  if (/^[0-9]/.test(name.text)) {
    report(
      "E205",
      `The name of a ${what} must not start with a number: \`${name.text}\`. Rename it and use \`@map\` for the database name.`,
      name,
    );
  } else if (name.text.includes("-")) {
    report(
      "E205",
      `The character \`-\` is not allowed in ${what} names: \`${name.text}\`. Use \`_\` or camelCase, and \`@map\` for the database name.`,
      name,
    );
  }
}
