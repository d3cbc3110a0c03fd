/**
 * A seeded, grammar-aware generator of Prisma-like schemas for fuzzing: random blocks, fields, attributes with
 * random arguments, comments, names that are prototype keys, Unicode or very long, deep nesting and huge lines,
 * plus a few random corruptions. The same seed gives the same text, so a failure replays from its seed.
 */

/** A deterministic random source in [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast, seeded generator (good enough for fuzzing, not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Choices over one random source. */
class Dice {
  constructor(private readonly random: Random) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }
  times(min: number, max: number, make: (i: number) => string, separator = ""): string {
    return Array.from({ length: this.int(min, max) }, (_, i) => make(i)).join(separator);
  }
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
const plainNames = ["User", "Post", "id", "name", "email", "authorId", "a", "B", "x1", "Tag", "profile", "posts"];
const keywordNames = ["model", "enum", "type", "view", "String", "Int", "PrismaClient", "class", "db", "env", "raw"];
const unicodeNames = ["Ünïcödé", "名前", "Δelta", "x😀", "İstanbul", "ﬃ", "a\u0301"];
const invalidNames = ["1abc", "a-b", "_x", "-", "a.b", "a b", ""];
const scalars = ["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"];
const providers = ["postgresql", "postgres", "mysql", "sqlite", "sqlserver", "mongodb", "cockroachdb"];
const previewFeatures = ["multiSchema", "postgresqlExtensions", "views", "fullTextIndex", "metrics", "partialIndexes"];
const fieldAttributes = ["id", "unique", "default", "relation", "map", "updatedAt", "ignore", "db.VarChar", "db.Text"];
const blockAttributes = ["id", "unique", "index", "fulltext", "map", "ignore", "schema", "shardKey"];
const functions = ["autoincrement", "now", "uuid", "cuid", "nanoid", "ulid", "auto", "dbgenerated", "sequence", "env"];
const argumentNames = ["fields", "references", "name", "map", "onDelete", "onUpdate", "type", "ops", "length", "sort"];
const fragments = ["{", "}", "(", ")", "[", "]", "@", "@@", '"', "\\", "\n", "\r\n", "/*", "*/", "//", "\t", "\u0000"];

/** Longest text generated (a huge line or a long name can make a schema grow; it is cut here). */
export const maxLength = 250_000;

/** Generates one schema text from a random source. */
export function fuzzSchema(random: Random): string {
  const dice = new Dice(random);
  if (dice.chance(0.3)) return coherentSchema(dice);
  const names = [...plainNames];
  let text = dice.times(0, 8, () => block(dice, names), "\n");
  if (dice.chance(0.1)) text = corrupt(dice, text);
  return text.length > maxLength ? text.slice(0, maxLength) : text;
}

function name(dice: Dice, declared: readonly string[]): string {
  const roll = dice.int(0, 99);
  if (roll < 40) return dice.pick(declared);
  if (roll < 60) return dice.pick(prototypeKeys);
  if (roll < 70) return dice.pick(keywordNames);
  if (roll < 80) return dice.pick(unicodeNames);
  if (roll < 85) return dice.pick(invalidNames);
  if (roll < 88)
    return dice.pick(["n", "Long"]) + "x".repeat(dice.chance(0.1) ? dice.int(2_000, 20_000) : dice.int(50, 500));
  return `${dice.pick(plainNames)}${dice.int(0, 99)}`;
}

function block(dice: Dice, declared: string[]): string {
  const kind = dice.pick(["model", "model", "model", "enum", "type", "view", "datasource", "generator", "widget"]);
  const blockName = name(dice, declared);
  declared.push(blockName);
  const docs = dice.chance(0.2) ? `/// ${name(dice, declared)}\n` : "";
  if (kind === "datasource") return `${docs}datasource ${blockName} {\n${datasourceBody(dice, declared)}}\n`;
  if (kind === "generator") return `${docs}generator ${blockName} {\n${generatorBody(dice, declared)}}\n`;
  if (kind === "enum") {
    const values = dice.times(
      0,
      6,
      () => `  ${name(dice, declared)}${dice.chance(0.2) ? ` @map("${name(dice, declared)}")` : ""}\n`,
    );
    return `${docs}enum ${blockName} {\n${values}}\n`;
  }
  const fields = dice.times(0, 10, () => `  ${line(dice, declared)}\n`);
  return `${docs}${kind} ${blockName} {\n${fields}}\n`;
}

function datasourceBody(dice: Dice, declared: readonly string[]): string {
  const lines = [`  provider = "${dice.chance(0.8) ? dice.pick(providers) : name(dice, declared)}"`];
  if (dice.chance(0.3)) lines.push('  url = env("DATABASE_URL")');
  if (dice.chance(0.2)) lines.push(`  relationMode = "${dice.pick(["prisma", "foreignKeys", name(dice, declared)])}"`);
  if (dice.chance(0.2)) lines.push(`  schemas = [${dice.times(1, 3, () => `"${name(dice, declared)}"`, ", ")}]`);
  if (dice.chance(0.2)) lines.push(`  extensions = [${dice.times(1, 3, () => expression(dice, declared, 1), ", ")}]`);
  if (dice.chance(0.2)) lines.push(`  ${name(dice, declared)} = ${expression(dice, declared, 0)}`);
  return lines.map((l) => `${l}\n`).join("");
}

function generatorBody(dice: Dice, declared: readonly string[]): string {
  const features = dice.times(
    0,
    3,
    () => `"${dice.chance(0.6) ? dice.pick(previewFeatures) : name(dice, declared)}"`,
    ", ",
  );
  const lines = [`  provider = "${dice.pick(["prisma-client-js", "cardinal", name(dice, declared)])}"`];
  if (dice.chance(0.5)) lines.push(`  previewFeatures = [${features}]`);
  if (dice.chance(0.3)) lines.push(`  ${name(dice, declared)} = ${expression(dice, declared, 0)}`);
  return lines.map((l) => `${l}\n`).join("");
}

/** A field, a block attribute, a comment or a line of noise. */
function line(dice: Dice, declared: readonly string[]): string {
  const roll = dice.int(0, 99);
  if (roll < 70) return field(dice, declared);
  if (roll < 85)
    return `@@${dice.chance(0.8) ? dice.pick(blockAttributes) : name(dice, declared)}${args(dice, declared, 1)}`;
  if (roll < 92) return dice.pick(["// ", "/// ", "/* "]) + name(dice, declared) + (dice.chance(0.5) ? " */" : "");
  return dice.times(1, 12, () => dice.pick(fragments));
}

function field(dice: Dice, declared: readonly string[]): string {
  const type = dice.chance(0.6)
    ? dice.pick(scalars)
    : dice.chance(0.1)
      ? `Unsupported("${name(dice, declared)}")`
      : name(dice, declared);
  const arity = dice.pick(["", "", "?", "[]", "[]?", "!"]);
  const attributes = dice.times(0, 3, () => ` ${attribute(dice, declared)}`);
  // A huge line now and then: the same attributes repeated, up to about 150 KB.
  const repeat = dice.chance(0.02) ? Math.min(dice.int(100, 5_000), Math.floor(150_000 / (attributes.length + 1))) : 1;
  const trailing = dice.chance(0.1) ? ` /// ${name(dice, declared)}` : "";
  return `${name(dice, declared)} ${type}${arity}${attributes.repeat(repeat)}${trailing}`;
}

function attribute(dice: Dice, declared: readonly string[]): string {
  const attributeName = dice.chance(0.8)
    ? dice.pick(fieldAttributes)
    : `${dice.pick(["", "db."])}${name(dice, declared)}`;
  return `@${attributeName}${dice.chance(0.6) ? args(dice, declared, 1) : ""}`;
}

function args(dice: Dice, declared: readonly string[], depth: number): string {
  if (dice.chance(0.03)) return deepNesting(dice);
  const list = dice.times(
    0,
    4,
    () => {
      const label = dice.chance(0.4) ? `${dice.chance(0.8) ? dice.pick(argumentNames) : name(dice, declared)}: ` : "";
      return label + expression(dice, declared, depth);
    },
    ", ",
  );
  return `(${list}${dice.chance(0.05) ? "," : ""})`;
}

function expression(dice: Dice, declared: readonly string[], depth: number): string {
  const roll = dice.int(0, depth > 4 ? 5 : 9);
  if (roll <= 1) return stringLiteral(dice, declared);
  if (roll === 2) return dice.pick(["0", "-1", "1.5", "42", "99999999999999999999", "-0.0"]);
  if (roll <= 5) return name(dice, declared);
  if (roll <= 7)
    return `${dice.chance(0.7) ? dice.pick(functions) : name(dice, declared)}${args(dice, declared, depth + 1)}`;
  return `[${dice.times(0, 4, () => expression(dice, declared, depth + 1), ", ")}]`;
}

function stringLiteral(dice: Dice, declared: readonly string[]): string {
  const escapes = ["\\n", "\\t", '\\"', "\\\\", "\\u00e9", "\\q", "\\u12"];
  const body = dice.times(0, 4, () =>
    dice.chance(0.3) ? dice.pick(escapes) : name(dice, declared).replace(/["\\\n\r]/g, ""),
  );
  return `"${body}"`;
}

/** Calls or brackets nested far beyond any real schema, closed or not. */
function deepNesting(dice: Dice): string {
  const depth = dice.int(10, 3_000);
  const open = dice.pick(["f(", "[", "a: f(", "(["]);
  const close = open === "[" ? "]" : open === "([" ? "])" : ")";
  return `(${open.repeat(depth)}1${dice.chance(0.5) ? close.repeat(depth) : ""})`;
}

/** A few random edits: deletions, inserted fragments, duplicated lines. */
function corrupt(dice: Dice, text: string): string {
  let out = text;
  for (let i = dice.int(1, 4); i > 0; i--) {
    const at = dice.int(0, out.length);
    const roll = dice.int(0, 2);
    if (roll === 0) out = out.slice(0, at) + out.slice(at + dice.int(1, 20));
    else if (roll === 1) out = out.slice(0, at) + dice.pick(fragments) + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + dice.int(1, 200)).repeat(dice.int(2, 50)) + out.slice(at);
  }
  return out;
}

/** Names that are valid identifiers but stress every consumer: prototype keys, keywords, Unicode, long ones. */
function identifier(dice: Dice): string {
  const roll = dice.int(0, 9);
  if (roll < 3) return dice.pick(prototypeKeys.filter((key) => !key.startsWith("_")));
  if (roll < 5) return dice.pick(unicodeNames.filter((n) => !n.includes("\u0301") && !n.includes("😀")));
  if (roll < 6) return `N${"x".repeat(dice.int(30, 300))}`;
  if (roll < 7) return dice.pick(["delete", "function", "constructor", "prototype", "then", "default", "Object"]);
  return `${dice.pick(plainNames)}${dice.int(0, 999)}`;
}

/** Distinct identifiers (a suffix keeps them apart). */
function distinct(dice: Dice, count: number): string[] {
  const seen = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const base = identifier(dice);
    const unique = seen.has(base.toLowerCase()) ? `${base}${i}` : base;
    seen.add(unique.toLowerCase());
    return unique;
  });
}

/** A schema that is mostly valid (so generators run on it), with stress names and simple relations. */
function coherentSchema(dice: Dice): string {
  const provider = dice.pick(["postgresql", "mysql", "sqlite", "sqlserver", "cockroachdb"]);
  const models = distinct(dice, dice.int(1, 6));
  const enumName = dice.chance(0.5) ? `${identifier(dice)}Kind` : undefined;
  const blocks = models.map((model, index) => {
    const fields = distinct(dice, dice.int(0, 6)).filter((f) => f !== "id" && !f.startsWith("owner"));
    const lines = [
      "  id Int @id @default(autoincrement())",
      ...fields.map((f) => `  ${f} ${dice.pick(scalars)}${dice.pick(["", "?"])}`),
    ];
    if (enumName && provider !== "sqlserver") lines.push(`  kind ${enumName}`);
    const target = index > 0 ? models[dice.int(0, index - 1)] : undefined;
    if (target !== undefined)
      lines.push(`  owner ${target}? @relation(fields: [ownerId], references: [id])`, "  ownerId Int?");
    return `model ${model} {\n${lines.join("\n")}\n}\n`;
  });
  const backs = models.flatMap((model, index) => (index > 0 ? [model] : []));
  const withBacks = blocks.map((block, index) => {
    const incoming = backs.filter((from) => blocks[models.indexOf(from)]?.includes(`owner ${models[index]}?`));
    const lines = incoming.map((from) => `  ${from}List ${from}[]`).join("\n");
    return lines ? block.replace(/\n}\n$/, `\n${lines}\n}\n`) : block;
  });
  const enumBlock = enumName
    ? `enum ${enumName} {\n${distinct(dice, dice.int(1, 4))
        .map((v) => `  ${v}`)
        .join("\n")}\n}\n`
    : "";
  return `datasource db {\n  provider = "${provider}"\n}\n\n${withBacks.join("\n")}${enumBlock}`;
}
