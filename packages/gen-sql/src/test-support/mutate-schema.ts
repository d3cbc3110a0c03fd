import type { Model, ScalarField, SchemaModel } from "@cardinal/core";

/** A deterministic random source in [0, 1). */
export type Random = () => number;

/** Choices over one random source. */
export class Dice {
  constructor(private readonly random: Random) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : (items[Math.floor(this.random() * items.length)] as T);
  }
}

/** A model block's line span in the schema text: the `model X {` line and its closing `}` line. */
interface Block {
  readonly model: Model;
  readonly start: number;
  readonly end: number;
}

function blocks(lines: readonly string[], schema: SchemaModel): Block[] {
  const result: Block[] = [];
  for (const model of schema.models) {
    if (model.kind !== "model") continue;
    const start = lines.findIndex((line) => new RegExp(`^\\s*model\\s+${model.name}\\s*\\{`).test(line));
    if (start < 0) continue;
    const end = lines.findIndex((line, i) => i > start && /^\s*\}/.test(line));
    if (end > start) result.push({ model, start, end });
  }
  return result;
}

/** The line of a field inside its block. */
function fieldLine(lines: readonly string[], block: Block, name: string): number {
  for (let i = block.start + 1; i < block.end; i++)
    if (new RegExp(`^\\s*${name}\\s+\\S`).test(lines[i] as string)) return i;
  return -1;
}

type Edit = (lines: string[], schema: SchemaModel, dice: Dice, n: number) => string | undefined;

const scalars = (model: Model) => model.fields.filter((f): f is ScalarField => f.kind === "scalar");
const idOf = (model: Model) => {
  const fields = model.primaryKey?.fields;
  if (fields?.length !== 1) return undefined;
  return scalars(model).find((f) => f.name === fields[0]?.name);
};
const isKey = (model: Model, field: string) => model.primaryKey?.fields.some((f) => f.name === field) ?? false;
const plainType = (field: ScalarField) =>
  field.type.kind === "scalar" && !field.isList && field.nativeType === undefined ? field.type.name : undefined;

const newFieldLines = [
  "String?",
  "Int?",
  "Boolean @default(false)",
  'String @default("x")',
  "Int @default(7)",
  "DateTime?",
  "Float?",
  "BigInt?",
  "Int",
  "String",
];

const edits: Readonly<Record<string, Edit>> = {
  addField(lines, schema, dice, n) {
    const block = dice.pick(blocks(lines, schema));
    if (!block) return undefined;
    lines.splice(block.end, 0, `  mutField${n} ${dice.pick(newFieldLines)}`);
    return `add field mutField${n} to ${block.model.name}`;
  },
  dropField(lines, schema, dice) {
    const block = dice.pick(blocks(lines, schema));
    const field = block && dice.pick(scalars(block.model).filter((f) => !isKey(block.model, f.name)));
    if (!block || !field) return undefined;
    const at = fieldLine(lines, block, field.name);
    if (at < 0) return undefined;
    lines.splice(at, 1);
    return `drop field ${block.model.name}.${field.name}`;
  },
  renameField(lines, schema, dice, n) {
    const block = dice.pick(blocks(lines, schema));
    const field = block && dice.pick(scalars(block.model));
    if (!block || !field) return undefined;
    const text = lines.join("\n");
    if ((text.match(new RegExp(`\\b${field.name}\\b`, "g")) ?? []).length !== 1) return undefined;
    const at = fieldLine(lines, block, field.name);
    if (at < 0) return undefined;
    lines[at] = (lines[at] as string).replace(field.name, `renamed${n}`);
    lines.splice(at, 0, `  /// @renamedFrom ${field.name}`);
    return `rename field ${block.model.name}.${field.name} to renamed${n}`;
  },
  mapField(lines, schema, dice, n) {
    const block = dice.pick(blocks(lines, schema));
    const field = block && dice.pick(scalars(block.model).filter((f) => f.dbName === f.name));
    if (!block || !field) return undefined;
    const at = fieldLine(lines, block, field.name);
    if (at < 0) return undefined;
    lines[at] = `${lines[at]} @map("col_${n}")`;
    return `map field ${block.model.name}.${field.name}`;
  },
  renameModel(lines, schema, dice, n) {
    const block = dice.pick(blocks(lines, schema));
    if (!block) return undefined;
    const old = block.model.name;
    const name = `Renamed${n}`;
    for (let i = 0; i < lines.length; i++)
      lines[i] = (lines[i] as string).replace(new RegExp(`^(\\s+\\w+\\s+)${old}(\\[\\]|\\?)?(\\s|$)`), `$1${name}$2$3`);
    lines[block.start] = (lines[block.start] as string).replace(new RegExp(`model\\s+${old}\\b`), `model ${name}`);
    lines.splice(block.start, 0, `/// @renamedFrom ${old}`);
    return `rename model ${old} to ${name}`;
  },
  mapModel(lines, schema, dice, n) {
    const block = dice.pick(blocks(lines, schema).filter((b) => b.model.dbName === b.model.name));
    if (!block) return undefined;
    lines.splice(block.end, 0, `  @@map("table_${n}")`);
    return `map model ${block.model.name}`;
  },
  toggleOptional(lines, schema, dice) {
    const block = dice.pick(blocks(lines, schema));
    const field = block && dice.pick(scalars(block.model).filter((f) => !f.isList && !isKey(block.model, f.name)));
    if (!block || !field) return undefined;
    const at = fieldLine(lines, block, field.name);
    const match = at < 0 ? null : /^(\s*\w+\s+)(\w+(?:\([^)]*\))?)(\?)?(.*)$/.exec(lines[at] as string);
    if (!match) return undefined;
    lines[at] = `${match[1]}${match[2]}${match[3] ? "" : "?"}${match[4]}`;
    return `toggle optional ${block.model.name}.${field.name}`;
  },
  addIndex(lines, schema, dice) {
    const block = dice.pick(blocks(lines, schema));
    const field =
      block &&
      dice.pick(
        scalars(block.model).filter((f) =>
          ["String", "Int", "BigInt", "DateTime", "Boolean"].includes(plainType(f) ?? ""),
        ),
      );
    if (!block || !field) return undefined;
    const kind = dice.chance(0.3) ? "@@unique" : "@@index";
    lines.splice(block.end, 0, `  ${kind}([${field.name}])`);
    return `${kind} on ${block.model.name}.${field.name}`;
  },
  dropIndex(lines, schema, dice) {
    const block = dice.pick(blocks(lines, schema));
    if (!block) return undefined;
    const candidates: number[] = [];
    for (let i = block.start + 1; i < block.end; i++)
      if (/^\s*@@(index|unique)\(/.test(lines[i] as string)) candidates.push(i);
    const at = dice.pick(candidates);
    if (at === undefined) return undefined;
    const [removed] = lines.splice(at, 1);
    return `drop ${removed?.trim()} of ${block.model.name}`;
  },
  changeAction(lines, _schema, dice) {
    const candidates = lines.flatMap((line, i) => (/@relation\([^)]*fields:/.test(line) ? [i] : []));
    const at = dice.pick(candidates);
    if (at === undefined) return undefined;
    const action = dice.pick(["Cascade", "Restrict", "NoAction", "SetNull"]) as string;
    const line = (lines[at] as string).replace(/,\s*onDelete:\s*\w+/, "");
    lines[at] = line.replace(/\)(\s*(\/\/.*)?)$/, `, onDelete: ${action})$1`);
    return `onDelete ${action} at line ${at}`;
  },
  addModel(lines, schema, dice, n) {
    const target = dice.pick(
      blocks(lines, schema).filter((b) => idOf(b.model) && plainType(idOf(b.model) as ScalarField)),
    );
    const body = [`model Mut${n} {`, "  id Int @id @default(autoincrement())", "  label String?"];
    if (target && dice.chance(0.7)) {
      const id = idOf(target.model) as ScalarField;
      body.push(`  ownerId ${plainType(id)}?`);
      body.push(`  owner ${target.model.name}? @relation("MutOwner${n}", fields: [ownerId], references: [${id.name}])`);
      lines.splice(target.end, 0, `  mutOwned${n} Mut${n}[] @relation("MutOwner${n}")`);
    }
    lines.push("", ...body, "}");
    return `add model Mut${n}`;
  },
  dropModel(lines, schema, dice) {
    const block = dice.pick(blocks(lines, schema));
    if (!block) return undefined;
    const name = block.model.name;
    lines.splice(block.start, block.end - block.start + 1);
    for (let i = lines.length - 1; i >= 0; i--)
      if (new RegExp(`^\\s+\\w+\\s+${name}(\\[\\]|\\?)?(\\s|$)`).test(lines[i] as string)) lines.splice(i, 1);
    return `drop model ${name}`;
  },
  addRelation(lines, schema, dice, n) {
    const all = blocks(lines, schema);
    const holder = dice.pick(all);
    const target = dice.pick(all.filter((b) => idOf(b.model) && plainType(idOf(b.model) as ScalarField)));
    if (!holder || !target || holder === target) return undefined;
    const id = idOf(target.model) as ScalarField;
    const oneToOne = dice.chance(0.3);
    const insertAt = (block: Block, text: string[]) => lines.splice(block.end, 0, ...text);
    const [first, second] = holder.end > target.end ? [holder, target] : [target, holder];
    const holderLines = [
      `  rel${n}Id ${plainType(id)}?${oneToOne ? " @unique" : ""}`,
      `  rel${n} ${target.model.name}? @relation("MutRel${n}", fields: [rel${n}Id], references: [${id.name}])`,
    ];
    const backLine = [`  back${n} ${holder.model.name}${oneToOne ? "?" : "[]"} @relation("MutRel${n}")`];
    insertAt(first, first === holder ? holderLines : backLine);
    insertAt(second, second === holder ? holderLines : backLine);
    return `add ${oneToOne ? "1-1" : "1-n"} ${holder.model.name} -> ${target.model.name}`;
  },
  addManyToMany(lines, schema, dice, n) {
    const all = blocks(lines, schema).filter((b) => idOf(b.model));
    const a = dice.pick(all);
    const b = dice.pick(all);
    if (!a || !b || a === b) return undefined;
    const [first, second] = a.end > b.end ? [a, b] : [b, a];
    lines.splice(
      first.end,
      0,
      `  mn${n}${first === a ? "B" : "A"} ${(first === a ? b : a).model.name}[] @relation("MutMany${n}")`,
    );
    lines.splice(
      second.end,
      0,
      `  mn${n}${second === a ? "B" : "A"} ${(second === a ? b : a).model.name}[] @relation("MutMany${n}")`,
    );
    return `add m-n ${a.model.name} <-> ${b.model.name}`;
  },
  widenType(lines, schema, dice) {
    const block = dice.pick(blocks(lines, schema));
    const field =
      block &&
      dice.pick(
        scalars(block.model).filter(
          (f) => plainType(f) === "Int" && !isKey(block.model, f.name) && f.default === undefined,
        ),
      );
    if (!block || !field) return undefined;
    const at = fieldLine(lines, block, field.name);
    if (at < 0) return undefined;
    lines[at] = (lines[at] as string).replace(/^(\s*\w+\s+)Int\b/, "$1BigInt");
    return `widen ${block.model.name}.${field.name} to BigInt`;
  },
};

/** The kinds of edit the mutator makes. */
export const editKinds = Object.keys(edits);

/** Removes rename hints, which only mean something between one schema and the next. */
export function withoutRenameHints(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^\s*\/\/\/\s*@renamedFrom\b/.test(line))
    .join("\n");
}

/** Applies one random edit; undefined when the chosen edit does not apply to this schema. */
export function mutateOnce(
  text: string,
  schema: SchemaModel,
  dice: Dice,
  n: number,
): { text: string; edit: string } | undefined {
  const kind = dice.pick(editKinds) as string;
  const lines = text.split("\n");
  const edit = (edits[kind] as Edit)(lines, schema, dice, n);
  return edit === undefined ? undefined : { text: lines.join("\n"), edit };
}
