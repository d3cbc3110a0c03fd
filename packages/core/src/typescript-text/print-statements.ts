import { CodeWriter } from "./code-writer.js";
import type {
  DocComment,
  FunctionStatement,
  InterfaceStatement,
  Parameter,
  Statement,
  TextOrWriter,
  TypeAliasStatement,
  TypeParameter,
  VariableStatement,
} from "./structures.js";

/**
 * TypeScript source text of top-level statements, in the layout ts-morph gives the same structures: a blank line
 * around interfaces and functions (and after any statement that ends with `}`), one line break between the others,
 * continuation lines of a type or an initializer one level deeper (a hanging indent).
 * @example printStatements([{ kind: "typeAlias", isExported: true, name: "Id", type: "number" }]) // "export type Id = number;"
 */
export function printStatements(statements: readonly Statement[]): string {
  const writer = new CodeWriter();
  for (const statement of statements) {
    separate(writer, statement);
    printStatement(writer, statement);
  }
  return writer.toString();
}

function separate(writer: CodeWriter, statement: Statement): void {
  if (writer.isEmpty()) return;
  const opensBlock = statement.kind === "interface" || statement.kind === "function";
  if (opensBlock || writer.lastNonWhitespaceChar() === "}") writer.blankLineIfLastNot();
  else writer.newLineIfLastNot();
}

function printStatement(writer: CodeWriter, statement: Statement): void {
  switch (statement.kind) {
    case "import": {
      const names = statement.namedImports.map((entry) =>
        typeof entry === "string" ? entry : `${entry.isTypeOnly ? "type " : ""}${entry.name}`,
      );
      writer.write(
        `import${statement.isTypeOnly ? " type" : ""} { ${names.join(", ")} } from ${quote(statement.moduleSpecifier)};`,
      );
      return;
    }
    case "exportAll":
      writer.write(`export * from ${quote(statement.moduleSpecifier)};`);
      return;
    case "variable":
      printVariable(writer, statement);
      return;
    case "typeAlias":
      printTypeAlias(writer, statement);
      return;
    case "interface":
      printInterface(writer, statement);
      return;
    case "function":
      printFunction(writer, statement);
      return;
  }
}

/** Text of a string or of a writer function, rendered at indentation zero. */
function textOf(value: TextOrWriter): string {
  if (typeof value === "string") return value;
  const writer = new CodeWriter();
  value(writer);
  return writer.toString();
}

function printDocs(writer: CodeWriter, docs: readonly DocComment[] | undefined): void {
  for (const doc of docs ?? []) {
    const lines = (typeof doc === "string" ? doc : doc.description).split(/\r?\n/);
    if (lines.length <= 1) writer.write(`/** ${lines[0] ?? ""}${(lines[0] ?? "").endsWith(" ") ? "" : " "}*/`);
    else {
      writer.write("/**").newLine();
      for (const line of lines[0] === "" ? lines.slice(1) : lines)
        writer.write(line.length > 0 ? ` * ${line}` : " *").newLine();
      writer.write(" */");
    }
    writer.newLine();
  }
}

function exported(statement: { readonly isExported?: boolean }): string {
  return statement.isExported ? "export " : "";
}

function typeParameters(parameters: readonly TypeParameter[] | undefined): string {
  if (parameters === undefined || parameters.length === 0) return "";
  const each = parameters.map((parameter) => {
    if (typeof parameter === "string") return parameter;
    const constraint = parameter.constraint === undefined ? "" : ` extends ${textOf(parameter.constraint)}`;
    const fallback = parameter.default === undefined ? "" : ` = ${textOf(parameter.default)}`;
    return `${parameter.name}${constraint}${fallback}`;
  });
  return `<${each.join(", ")}>`;
}

function parameterList(parameters: readonly Parameter[] | undefined): string {
  const each = (parameters ?? []).map((parameter) => {
    const type = parameter.type === undefined ? "" : `: ${textOf(parameter.type)}`;
    const initializer = parameter.initializer === undefined ? "" : ` = ${textOf(parameter.initializer)}`;
    return `${parameter.name}${parameter.hasQuestionToken ? "?" : ""}${type}${initializer}`;
  });
  return `(${each.join(", ")})`;
}

function returnType(type: TextOrWriter | undefined): string {
  return type === undefined ? "" : `: ${textOf(type)}`;
}

function printVariable(writer: CodeWriter, statement: VariableStatement): void {
  printDocs(writer, statement.docs);
  const declarations = statement.declarations.map((declaration) => {
    const type = declaration.type === undefined ? "" : `: ${textOf(declaration.type)}`;
    return `${declaration.name}${type} = ${textOf(declaration.initializer)}`;
  });
  writer.hanging(() =>
    writer.write(`${exported(statement)}${statement.declarationKind ?? "let"} ${declarations.join(", ")};`),
  );
}

function printTypeAlias(writer: CodeWriter, statement: TypeAliasStatement): void {
  printDocs(writer, statement.docs);
  writer.write(`${exported(statement)}type ${statement.name}${typeParameters(statement.typeParameters)}`);
  writer.hanging(() => writer.write(` = ${textOf(statement.type)}`));
  writer.write(";");
}

function printInterface(writer: CodeWriter, statement: InterfaceStatement): void {
  printDocs(writer, statement.docs);
  writer.write(`${exported(statement)}interface ${statement.name}${typeParameters(statement.typeParameters)} {`);
  writer.indent(() => {
    for (const signature of statement.indexSignatures ?? []) {
      writer.newLineIfLastNot();
      const modifier = signature.isReadonly ? "readonly " : "";
      writer.hanging(() =>
        writer.write(`${modifier}[${signature.keyName}: ${signature.keyType}]: ${textOf(signature.returnType)};`),
      );
    }
    for (const property of statement.properties ?? []) {
      writer.newLineIfLastNot();
      printDocs(writer, property.docs);
      const head = `${property.isReadonly ? "readonly " : ""}${property.name}${property.hasQuestionToken ? "?" : ""}`;
      writer.hanging(() => writer.write(`${head}: ${textOf(property.type)};`));
    }
    for (const method of statement.methods ?? []) {
      writer.newLineIfLastNot();
      printDocs(writer, method.docs);
      const signature = `${method.name}${typeParameters(method.typeParameters)}${parameterList(method.parameters)}`;
      writer.hanging(() => writer.write(`${signature}${returnType(method.returnType)};`));
    }
  });
  writer.newLineIfLastNot().write("}");
}

function printFunction(writer: CodeWriter, statement: FunctionStatement): void {
  printDocs(writer, statement.docs);
  const head = `${exported(statement)}function ${statement.name}${typeParameters(statement.typeParameters)}`;
  writer.write(`${head}${parameterList(statement.parameters)}${returnType(statement.returnType)} {`);
  writer.indent(() => {
    if (typeof statement.statements === "string") writer.write(statement.statements);
    else statement.statements(writer);
  });
  writer.newLineIfLastNot().write("}");
}

/** A double-quoted module specifier. */
function quote(text: string): string {
  return `"${text.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n")}"`;
}
