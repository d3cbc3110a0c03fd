import type { IndexDefinition, IndexField, ScalarTypeName } from "../model/types.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedField } from "./fields.js";
import type { AnalyzedModel } from "./models.js";
import {
  algorithmFitsType,
  algorithmsOf,
  brinByNativeType,
  brinByScalarType,
  type IndexAlgorithm,
  indexAlgorithms,
} from "./operator-classes.js";

/** What the operator class rules need to know about one index column. */
interface Column {
  readonly name: string;
  readonly native: string | undefined;
  /** The scalar type; undefined for enums and composite types. */
  readonly type: ScalarTypeName | undefined;
  readonly isUnsupported: boolean;
  readonly isList: boolean;
  /** The named operator class; `raw(...)` ones are never checked. */
  readonly ops: string | undefined;
}

/**
 * PostgreSQL index types and operator classes (E314): each `ops` must exist and fit the index `type` and the
 * field's type; GiST, GIN, SP-GiST and BRIN only index some types; SP-GiST takes one column. CockroachDB's
 * inverted (GIN) indexes take no operator classes, and only `Json` or list columns (Json last).
 */
export function checkIndexOperatorClasses(models: readonly AnalyzedModel[], context: AnalysisContext): void {
  const provider = context.datasource?.provider;
  if (provider !== "postgresql" && provider !== "cockroachdb") return;
  for (const model of models) {
    if (model.located.node.kind !== "model") continue;
    for (const index of [...model.keys.uniques, ...model.keys.indexes]) {
      const report = (message: string) =>
        model.located.report("E314", message, model.keys.spans.get(index) ?? model.located.node.name);
      const columns = index.fields.flatMap((field) => columnOf(model, field));
      const problems = provider === "postgresql" ? postgresProblems(index, columns) : cockroachProblems(index, columns);
      for (const problem of problems) report(problem);
    }
  }
}

function columnOf(model: AnalyzedModel, indexField: IndexField): Column[] {
  const field: AnalyzedField | undefined = model.fields.find((f) => f.node.name.text === indexField.name);
  // `raw("...")` operator classes are the user's responsibility: Prisma checks nothing about such a column.
  if (field?.target.kind !== "scalar" || indexField.ops?.kind === "raw") return [];
  const type = field.target.type;
  return [
    {
      name: indexField.name,
      native: field.nativeType?.name,
      type: type.kind === "scalar" ? type.name : undefined,
      isUnsupported: type.kind === "unsupported",
      isList: field.node.type.arity === "list",
      ops: indexField.ops?.kind === "named" ? indexField.ops.name : undefined,
    },
  ];
}

function algorithmOf(index: IndexDefinition): IndexAlgorithm | undefined {
  const algorithm = index.algorithm ?? "BTree";
  return indexAlgorithms.find((known) => known === algorithm);
}

function postgresProblems(index: IndexDefinition, columns: readonly Column[]): string[] {
  const algorithm = algorithmOf(index);
  if (!algorithm) return [];
  const problems: string[] = [];
  if (algorithm === "SpGist" && index.fields.length > 1)
    problems.push("SP-GiST indexes cannot have more than one column.");
  for (const column of columns) {
    const problem = columnProblem(algorithm, column);
    if (problem) problems.push(problem);
  }
  return problems;
}

function columnProblem(algorithm: IndexAlgorithm, column: Column): string | undefined {
  if (column.ops !== undefined) {
    const algorithms = algorithmsOf(column.ops);
    if (!algorithms)
      return `Unknown operator class \`${column.ops}\` on the field \`${column.name}\`; use a known one or \`raw("...")\`.`;
    if (!algorithms.includes(algorithm)) {
      return `The operator class \`${column.ops}\` is not supported with the \`${algorithm}\` index type; it works with ${algorithms.join(", ")}.`;
    }
  }
  if (algorithm === "BTree" || algorithm === "Hash") return undefined;
  const verdict = accepts[algorithm](column);
  if (verdict === true) return undefined;
  return typeof verdict === "string" ? verdict : genericProblem(algorithm, column);
}

/** Per index type: true when the column (type, native type, operator class) fits, else a specific message or false. */
const accepts: Readonly<Record<"Gist" | "Gin" | "SpGist" | "Brin", (column: Column) => boolean | string>> = {
  Gist: (c) => c.native === "Inet" && c.ops === "InetOps",
  Gin: (c) => {
    if (c.ops === undefined && ((c.native === undefined && c.type === "Json") || c.isList)) return true;
    if (c.native === "JsonB" && (c.ops === undefined || c.ops === "JsonbOps" || c.ops === "JsonbPathOps")) return true;
    if (c.native === undefined && (c.ops === "JsonbOps" || c.ops === "JsonbPathOps")) {
      return c.type === "Json" || notOfType(c, "Json");
    }
    if (c.ops === "ArrayOps")
      return c.isList || `The operator class \`ArrayOps\` needs the field \`${c.name}\` to be a list.`;
    return false;
  },
  SpGist: (c) => {
    if (c.native === "Inet" && (c.ops === undefined || c.ops === "InetOps")) return true;
    if (c.native === undefined && (c.ops === undefined || c.ops === "TextOps")) {
      return c.type === "String" || (c.ops !== undefined && notOfType(c, "String"));
    }
    return ["Text", "VarChar", "Char"].includes(c.native ?? "") && (c.ops === undefined || c.ops === "TextOps");
  },
  Brin: (c) => {
    if (c.native !== undefined) {
      const allowed = brinByNativeType[c.native];
      return allowed !== undefined && (c.ops === undefined || allowed.includes(c.ops));
    }
    if (c.ops === undefined) return c.type !== undefined && brinByScalarType[c.type] !== undefined;
    const family = Object.entries(brinByScalarType).find(([, list]) => list?.includes(c.ops ?? ""));
    if (!family) return false;
    return family[0] === c.type || notOfType(c, family[0]);
  },
};

function notOfType(column: Column, type: string): string {
  return `The operator class \`${column.ops}\` needs the field \`${column.name}\` to be of type \`${type}\`.`;
}

function genericProblem(algorithm: IndexAlgorithm, column: Column): string | undefined {
  if (column.native !== undefined && column.ops !== undefined) {
    return `The operator class \`${column.ops}\` does not support the native type \`${column.native}\` of the field \`${column.name}\`.`;
  }
  if (column.native !== undefined) {
    return `The ${algorithm} index has no default operator class for the native type \`${column.native}\` of the field \`${column.name}\`; give an \`ops\`.`;
  }
  if (column.ops !== undefined) {
    return `The operator class \`${column.ops}\` needs the field \`${column.name}\` to have a matching native type (\`@db...\`).`;
  }
  if (column.isUnsupported) return undefined;
  if (column.type !== undefined && algorithmFitsType(algorithm, column.type, column.isList)) return undefined;
  return `The ${algorithm} index type does not support the type of the field \`${column.name}\`.`;
}

function cockroachProblems(index: IndexDefinition, columns: readonly Column[]): string[] {
  if (index.algorithm !== "Gin") return [];
  if (index.fields.some((field) => field.ops !== undefined)) {
    return ["CockroachDB does not support custom operator classes (`ops`) on inverted (Gin) indexes."];
  }
  const problems: string[] = [];
  columns.forEach((column, position) => {
    if (!column.isUnsupported && !(column.type === "Json" || column.isList)) {
      problems.push(
        `The Gin index type does not support the type of the field \`${column.name}\` (only Json and lists).`,
      );
    }
    if (column.type === "Json" && position < columns.length - 1) {
      problems.push("A `Json` column is only allowed as the last column of an inverted (Gin) index.");
    }
  });
  return problems;
}
