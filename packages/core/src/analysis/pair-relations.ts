import { listItems } from "../diagnostics/format-list.js";
import type { RelationFieldInfo } from "./relation-fields.js";

/** Two relation fields that form one relation (for a self-relation, two fields of the same model). */
export interface RelationPair {
  readonly name: string;
  readonly isNamed: boolean;
  readonly first: RelationFieldInfo;
  readonly second: RelationFieldInfo;
}

/** Prisma's default relation name: the two model names sorted byte-wise, joined by `To`. */
export function defaultRelationName(modelA: string, modelB: string): string {
  return modelA <= modelB ? `${modelA}To${modelB}` : `${modelB}To${modelA}`;
}

/** Byte-wise (code unit) comparison, independent of locale. */
export function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Pairs relation fields: fields between the same two models with the same relation name (or none) belong
 * together. Reports missing opposite fields (E401) and ambiguous pairs (E402).
 */
export function pairRelationFields(infos: readonly RelationFieldInfo[]): RelationPair[] {
  const groups = new Map<string, RelationFieldInfo[]>();
  for (const info of infos) {
    const model = info.model.located.node.name.text;
    // The two model names in byte order; unnamed relations get a key no name can produce (names are string
    // literals; \u0001 is never typed).
    const models = model <= info.target ? `${model}\u0000${info.target}` : `${info.target}\u0000${model}`;
    const key = `${models}\u0000${info.name ?? "\u0001"}`;
    const group = groups.get(key) ?? [];
    group.push(info);
    groups.set(key, group);
  }
  const pairs: RelationPair[] = [];
  for (const group of groups.values()) {
    const pair = pairGroup(group);
    if (pair) pairs.push(pair);
  }
  return pairs;
}

function pairGroup(group: readonly RelationFieldInfo[]): RelationPair | undefined {
  const first = group[0] as RelationFieldInfo;
  const modelName = first.model.located.node.name.text;
  const isSelf = modelName === first.target;
  const sideA = isSelf ? group : group.filter((info) => info.model.located.node.name.text === modelName);
  const sideB = isSelf ? [] : group.filter((info) => info.model.located.node.name.text !== modelName);
  // Prisma requires a name on self-relations: two unnamed fields of a model pointing at itself are ambiguous.
  const selfAmbiguous = group.length > 2 || (group.length === 2 && first.name === undefined);
  const ambiguous = isSelf ? (selfAmbiguous ? [group] : []) : [sideA, sideB].filter((side) => side.length > 1);
  for (const side of ambiguous) reportAmbiguous(side, isSelf);
  if (ambiguous.length > 0) return undefined;
  const opposite = isSelf ? group[1] : sideB[0];
  if (!opposite) {
    reportMissingOpposite(first);
    return undefined;
  }
  const name = first.name ?? defaultRelationName(modelName, first.target);
  return { name, isNamed: first.name !== undefined, first, second: opposite };
}

function reportAmbiguous(side: readonly RelationFieldInfo[], isSelf: boolean): void {
  const first = side[0] as RelationFieldInfo;
  const names = listItems(
    side.map((info) => `\`${info.field.node.name.text}\``),
    { separator: " and " },
  );
  const model = first.model.located.node.name.text;
  const what =
    first.name === undefined
      ? isSelf
        ? "If they are one relation, give both the same name"
        : "Please give them different names"
      : `They all use the relation name "${first.name}"; give each relation its own name`;
  const message = `Ambiguous relation detected. The fields ${names} in model \`${model}\` ${isSelf ? "form more than one self-relation" : `both refer to \`${first.target}\``}. ${what} with \`@relation("...")\` on both ends.`;
  for (const info of side) info.model.located.report("E402", message, info.field.node);
}

function reportMissingOpposite(info: RelationFieldInfo): void {
  const model = info.model.located.node.name.text;
  const named = info.name === undefined ? "" : ` with \`@relation("${info.name}")\``;
  const message = `The relation field \`${info.field.node.name.text}\` on model \`${model}\` is missing an opposite relation field on the model \`${info.target}\`${named}. Add it (or run \`prisma format\`).`;
  info.model.located.report("E401", message, info.field.node);
}
