import type { JoinTable, Model, ScalarField, SchemaModel } from "@cardinal/core";
import type { QualifiedName } from "../ddl/nodes.js";
import { tableName } from "../ddl/plan-schema.js";
import type { Correspondence } from "./match.js";
import { keyOf, type NameMap } from "./state.js";

function joinTables(schema: SchemaModel): { table: QualifiedName; storage: JoinTable }[] {
  const result: { table: QualifiedName; storage: JoinTable }[] = [];
  for (const relation of schema.relations) {
    if (relation.kind !== "many-to-many" || relation.storage.kind !== "join-table") continue;
    const model = modelOf(schema, relation.storage.a.model);
    result.push({ table: { schema: tableName(model).schema, name: relation.storage.name }, storage: relation.storage });
  }
  return result;
}

function modelOf(schema: SchemaModel, name: string): Model {
  return schema.models.find((m) => m.name === name) as Model;
}

function fieldDbName(model: Model, name: string): string {
  const field = model.fields.find((f): f is ScalarField => f.kind === "scalar" && f.name === name);
  return field?.dbName ?? name;
}

/**
 * From-names → to-names for every matched table (models by the correspondence, implicit join tables by name or
 * by their two models), their columns and the enums.
 */
export function buildNameMap(from: SchemaModel, to: SchemaModel, match: Correspondence): NameMap {
  const tables = new Map<string, QualifiedName>();
  const columns = new Map<string, Map<string, string>>();
  for (const [toName, fromName] of match.models) {
    const toModel = modelOf(to, toName);
    const fromModel = modelOf(from, fromName);
    const key = keyOf(tableName(fromModel));
    tables.set(key, tableName(toModel));
    const fieldMap = new Map<string, string>();
    for (const [toField, fromField] of match.fields.get(toName) ?? [])
      fieldMap.set(fieldDbName(fromModel, fromField), fieldDbName(toModel, toField));
    displaceDropped(fromModel, fieldMap);
    columns.set(key, fieldMap);
  }
  matchJoinTables(from, to, match, tables, columns);
  const enums = new Map<string, QualifiedName>();
  for (const [toName, fromName] of match.enums) {
    const toEnum = to.enums.find((e) => e.name === toName);
    const fromEnum = from.enums.find((e) => e.name === fromName);
    if (!toEnum || !fromEnum) continue;
    const schemaOf = (s: string | undefined) => (s === "public" ? undefined : s);
    enums.set(keyOf({ schema: schemaOf(fromEnum.schema), name: fromEnum.dbName }), {
      schema: schemaOf(toEnum.schema),
      name: toEnum.dbName,
    });
  }
  return { tables, columns, enums };
}

/** The prefix of the name an old column is moved to when a renamed column takes its name (see displaceDropped). */
export const displacedPrefix = "_cardinal_dropped_";

/**
 * An old column that matches nothing but whose name a renamed column takes (`/// @renamedFrom ds` on `dt` while the
 * old `dt` goes) is first moved out of the way to a name of its own, then dropped under it: dropped under its old
 * name, the drop would come after the rename, which fails on the name still taken.
 */
function displaceDropped(fromModel: Model, fieldMap: Map<string, string>): void {
  const targets = new Set(fieldMap.values());
  for (const field of fromModel.fields) {
    if (field.kind !== "scalar" || fieldMap.has(field.dbName) || !targets.has(field.dbName)) continue;
    fieldMap.set(field.dbName, `${displacedPrefix}${field.dbName}`);
  }
}

/** A join table keeps its rows when its two models are matched: by name first, else by its (possibly swapped) ends. */
function matchJoinTables(
  from: SchemaModel,
  to: SchemaModel,
  match: Correspondence,
  tables: Map<string, QualifiedName>,
  columns: Map<string, Map<string, string>>,
): void {
  const fromJoins = joinTables(from);
  const toJoins = joinTables(to);
  const used = new Set<string>();
  const done = new Set<string>();
  const endsOf = (storage: JoinTable) => [match.models.get(storage.a.model), match.models.get(storage.b.model)];
  const link = (found: { table: QualifiedName }, target: { table: QualifiedName }, swap: boolean) => {
    used.add(keyOf(found.table));
    done.add(keyOf(target.table));
    tables.set(keyOf(found.table), target.table);
    columns.set(
      keyOf(found.table),
      new Map([
        ["A", swap ? "B" : "A"],
        ["B", swap ? "A" : "B"],
      ]),
    );
  };
  // The same name first (a join table that keeps its name keeps its rows), then the same two models.
  for (const byName of [true, false])
    for (const target of toJoins) {
      if (done.has(keyOf(target.table))) continue;
      const [a, b] = endsOf(target.storage);
      const same = (f: { storage: JoinTable }) => f.storage.a.model === a && f.storage.b.model === b;
      const swapped = (f: { storage: JoinTable }) => f.storage.a.model === b && f.storage.b.model === a && a !== b;
      const candidates = fromJoins.filter(
        (f) => !used.has(keyOf(f.table)) && (!byName || keyOf(f.table) === keyOf(target.table)),
      );
      const found = candidates.find(same) ?? candidates.find(swapped);
      if (found) link(found, target, !same(found));
    }
}
