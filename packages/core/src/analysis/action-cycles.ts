import { listItems } from "../diagnostics/format-list.js";
import type { ReferentialAction } from "../model/types.js";
import { capabilitiesOf, usesPrismaRelationMode } from "./capabilities.js";
import type { AnalysisContext } from "./context.js";
import type { HeldRelation } from "./relation-actions.js";

/** A held relation with the actions in force (written or Prisma's defaults for this provider). */
interface Edge {
  readonly held: HeldRelation;
  readonly from: string;
  readonly to: string;
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
  readonly cascades: boolean;
}

/**
 * Cascading referential actions that loop (E412: a self-relation, or a cycle back to the model) where the database
 * or Prisma's emulation cannot handle them: on SQL Server, on MongoDB and with `relationMode = "prisma"`. On SQL
 * Server with foreign keys, also two cascade paths from one model to another (E413).
 */
export function checkActionCycles(held: readonly HeldRelation[], context: AnalysisContext): void {
  const { datasource } = context;
  if (!datasource) return;
  const capabilities = capabilitiesOf(datasource.provider);
  const prismaMode = usesPrismaRelationMode(datasource);
  if (!capabilities.cycleDetection && !prismaMode) return;
  const supportsRestrict = prismaMode || capabilities.foreignKeyActions.includes("Restrict");
  const edges = held.map((h) => toEdge(h, supportsRestrict));
  const from = new Map<string, Edge[]>();
  for (const edge of edges) from.set(edge.from, [...(from.get(edge.from) ?? []), edge]);
  const budget = { steps: pathStepBudget };
  for (const edge of edges) {
    checkCycle(edge, from);
    if (capabilities.cycleDetection && !prismaMode) checkMultiplePaths(edge, from, budget);
  }
}

function toEdge(held: HeldRelation, supportsRestrict: boolean): Edge {
  const { foreignKey } = held.relation;
  // Cardinal's model says Restrict for a required key; where the database has no RESTRICT, Prisma uses NO ACTION.
  const defaultOnDelete =
    foreignKey.onDelete.effective === "Restrict" && !supportsRestrict ? "NoAction" : foreignKey.onDelete.effective;
  const onDelete = foreignKey.onDelete.declared ?? defaultOnDelete;
  const onUpdate = foreignKey.onUpdate.effective;
  const cascades = ![onDelete, onUpdate].every((action) => action === "NoAction" || action === "Restrict");
  return { held, from: foreignKey.holder, to: foreignKey.referencedModel, onDelete, onUpdate, cascades };
}

function pathText(path: readonly Edge[]): string {
  return listItems(
    path.map((edge) => `${edge.from}.${edge.held.relation.holder.field}`),
    { separator: " → " },
  );
}

function checkCycle(start: Edge, from: ReadonlyMap<string, readonly Edge[]>): void {
  const visited = new Set<Edge>();
  const stack: (readonly Edge[])[] = [[start]];
  while (stack.length > 0) {
    const path = stack.pop() as readonly Edge[];
    const edge = path[path.length - 1] as Edge;
    visited.add(edge);
    if (!edge.cascades) continue;
    if (edge.from === edge.to) {
      report(
        start,
        "E412",
        "A self-relation must have `onDelete` and `onUpdate` set to `NoAction` in one of its @relation attributes.",
      );
      return;
    }
    if (edge.to === start.from) {
      report(
        start,
        "E412",
        `This relation causes a cycle of cascading referential actions: ${pathText(path)}. One @relation in the cycle must have \`onDelete\` and \`onUpdate\` set to \`NoAction\`.`,
      );
      return;
    }
    for (const next of from.get(edge.to) ?? []) if (!visited.has(next)) stack.push([...path, next]);
  }
}

/**
 * Walking every cascade path is what Prisma does, and it is exponential in the worst case (models that each cascade
 * to all earlier ones: Prisma itself takes 42 s for 21 such models). Past this many path steps in one schema the check
 * switches to plain reachability, linear in the relations. The two agree whenever the cascades form no cycle; a cycle is an E412
 * of its own, so the verdict does not change.
 */
const pathStepBudget = 200_000;

function checkMultiplePaths(start: Edge, from: ReadonlyMap<string, readonly Edge[]>, budget: { steps: number }): void {
  if (!start.cascades) return;
  const firsts = (from.get(start.from) ?? []).filter((e) => e.cascades);
  const reached = cascadePaths(start.from, firsts, from, budget) ?? cascadeReach(start.from, firsts, from);
  const mine = reached.get(start);
  if (!mine) return;
  const both = new Set<string>();
  for (const [first, models] of reached) if (first !== start) for (const m of models) if (mine.has(m)) both.add(m);
  if (both.size === 0) return;
  const names = [...both]
    .sort()
    .map((name) => `\`${name}\``)
    .join(", ");
  report(
    start,
    "E413",
    `When a record of ${both.size === 1 ? "model" : "models"} ${names} is updated or deleted, the referential actions cascade to model \`${start.from}\` through multiple paths. Break one path by setting \`onUpdate\` and \`onDelete\` to \`NoAction\`.`,
  );
}

/**
 * Prisma's walk: for each first edge, the models on every maximal cascade path that neither loops on a model nor
 * comes back to the start. Undefined once the schema's budget of steps is spent.
 */
function cascadePaths(
  origin: string,
  firsts: readonly Edge[],
  from: ReadonlyMap<string, readonly Edge[]>,
  budget: { steps: number },
): Map<Edge, Set<string>> | undefined {
  const reached = new Map<Edge, Set<string>>();
  const stack: (readonly Edge[])[] = firsts.map((e) => [e]);
  while (stack.length > 0) {
    if (--budget.steps < 0) return undefined;
    const path = stack.pop() as readonly Edge[];
    const edge = path[path.length - 1] as Edge;
    if (edge.from === edge.to || edge.to === origin) continue;
    const next = (from.get(edge.to) ?? []).filter((e) => e.cascades && !path.includes(e));
    if (next.length > 0) {
      for (const e of next) stack.push([...path, e]);
      continue;
    }
    const first = path[0] as Edge;
    const models = reached.get(first) ?? new Set<string>();
    for (const e of path) models.add(e.to);
    reached.set(first, models);
  }
  return reached;
}

/** For each first edge, the models its cascades reach (breadth-first, never through the start or a self-relation). */
function cascadeReach(
  origin: string,
  firsts: readonly Edge[],
  from: ReadonlyMap<string, readonly Edge[]>,
): Map<Edge, Set<string>> {
  const reached = new Map<Edge, Set<string>>();
  for (const first of firsts) {
    if (first.from === first.to || first.to === origin) continue;
    const models = new Set<string>([first.to]);
    const queue = [first.to];
    for (let model = queue.shift(); model !== undefined; model = queue.shift()) {
      for (const edge of from.get(model) ?? []) {
        if (!edge.cascades || edge.from === edge.to || edge.to === origin || models.has(edge.to)) continue;
        models.add(edge.to);
        queue.push(edge.to);
      }
    }
    reached.set(first, models);
  }
  return reached;
}

function report(edge: Edge, code: "E412" | "E413", message: string): void {
  const { foreignKey } = edge.held.relation;
  const implicit: string[] = [];
  if (foreignKey.onDelete.declared === undefined && !["NoAction", "Restrict"].includes(edge.onDelete)) {
    implicit.push(`\`onDelete\`: \`${edge.onDelete}\``);
  }
  if (foreignKey.onUpdate.declared === undefined && !["NoAction", "Restrict"].includes(edge.onUpdate)) {
    implicit.push(`\`onUpdate\`: \`${edge.onUpdate}\``);
  }
  const defaults = implicit.length > 0 ? ` (Implicit default ${implicit.join(", and ")})` : "";
  edge.held.model.located.report(
    code,
    `${message}${defaults} See https://pris.ly/d/cyclic-referential-actions`,
    edge.held.field.node,
  );
}
