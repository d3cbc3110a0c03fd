import type { ResolvedTypesOptions } from "../../options.js";

/*
 * The generated zod schemas of the server side, built once per handler from the model description (`models`,
 * `enums`) so that the limits (`maxTake`, `maxDepth`) are part of them. Written as fixed source text: it depends on
 * the schema only through the description, and on the options only through `DateTime` and `Decimal`.
 */

/** The zod schema of one `DateTime` and one `Decimal` value, as the client's types send them. */
function valueSchemas(options: ResolvedTypesOptions): string[] {
  const date = options.dateTime === "Date" ? "z.date()" : "z.iso.datetime({ offset: true })";
  const decimal =
    options.decimal === "string"
      ? String.raw`z.union([z.string().regex(/^-?\d+(\.\d+)?$/), z.number()])`
      : "z.number()";
  return [`const dateTime = (): z.ZodType => ${date};`, `const decimal = (): z.ZodType => ${decimal};`];
}

const builders = String.raw`type Shape = { [key: string]: z.ZodType };
const many = (schema: z.ZodType): z.ZodType => z.union([schema, z.array(schema)]);
const sort = z.enum(["asc", "desc"]);
const nullableSort = z.union([sort, z.strictObject({ sort, nulls: z.enum(["first", "last"]).optional() })]);
const ordered = new globalThis.Set(["Int", "Float", "BigInt", "Decimal", "DateTime", "String"]);
const numeric = new globalThis.Set(["Int", "Float", "BigInt", "Decimal"]);

/** The zod schemas of every model's arguments, with these limits; built lazily and kept. */
function argumentSchemas(maxTake: number, maxDepth: number): (model: ModelName, action: Action) => z.ZodType {
  const memo = new globalThis.Map<string, z.ZodType>();
  const once = (key: string, make: () => z.ZodType): z.ZodType => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const made = make();
    memo.set(key, made);
    return made;
  };
  const meta = (name: string): ModelMeta => models[name as ModelName];
  const value = (type: string): z.ZodType => {
    if (type.startsWith("enum:")) return z.enum(enums[type.slice(5)] ?? ["?"]);
    if (type.startsWith("composite:")) return z.record(z.string(), z.unknown());
    switch (type) {
      case "String": return z.string();
      case "Boolean": return z.boolean();
      case "Int": return z.number().int();
      case "Float": return z.number();
      case "BigInt": return z.union([z.bigint(), z.number().int()]);
      case "Decimal": return decimal();
      case "DateTime": return dateTime();
      case "Json": return z.json();
      default: return z.instanceof(globalThis.Uint8Array);
    }
  };
  const nullable = (field: FieldMeta, schema: z.ZodType): z.ZodType => (field[2] ? schema.nullable() : schema);
  const filter = (field: FieldMeta): z.ZodType => once("filter:" + field.slice(1).join(":"), () => {
    const [, type, , list] = field;
    const item = value(type);
    if (list) return z.strictObject({ equals: z.array(item).nullable(), has: item.nullable(), hasEvery: z.array(item), hasSome: z.array(item), isEmpty: z.boolean() }).partial();
    if (type === "Json") return z.strictObject({ equals: z.json(), not: z.json() }).partial();
    const ops: Shape = { equals: nullable(field, item), not: z.lazy(() => filter(field)) };
    if (type !== "Boolean") Object.assign(ops, { in: z.array(item), notIn: z.array(item) });
    if (ordered.has(type)) Object.assign(ops, { lt: item, lte: item, gt: item, gte: item });
    if (type === "String") Object.assign(ops, { contains: item, startsWith: item, endsWith: item, mode: z.enum(["default", "insensitive"]) });
    return z.union([nullable(field, item), z.strictObject(ops).partial()]);
  });
  const whereShape = (name: string): Shape => {
    const self = z.lazy(() => where(name));
    const shape: Shape = { AND: many(self), OR: z.array(self), NOT: many(self) };
    for (const field of meta(name).fields) shape[field[0]] = filter(field);
    for (const [field, target, kind] of meta(name).relations) {
      const other = kind === "optional" ? z.lazy(() => where(target)).nullable() : z.lazy(() => where(target));
      shape[field] = kind === "many"
        ? z.strictObject({ some: other, every: other, none: other }).partial()
        : z.union([z.strictObject({ is: other, isNot: other }).partial(), other]);
    }
    return shape;
  };
  const where = (name: string): z.ZodType => once("where:" + name, () => z.strictObject(whereShape(name)).partial());
  const unique = (name: string): z.ZodType => once("unique:" + name, () => {
    const shape = whereShape(name);
    const model = meta(name);
    for (const [key, fields] of model.uniques) {
      const typed = fields.map((f) => model.fields.find((candidate) => candidate[0] === f) as FieldMeta);
      shape[key] = fields.length === 1 && key === fields[0]
        ? value((typed[0] as FieldMeta)[1])
        : z.strictObject(Object.fromEntries(typed.map((f) => [f[0], value(f[1])])));
    }
    const keys = model.uniques.map(([key]) => key);
    return z.strictObject(shape).partial().refine(
      (found: { [key: string]: unknown }) => keys.some((key) => found[key] !== undefined && found[key] !== null),
      { message: "needs one unique criterion: " + keys.join(" | ") },
    );
  });
  const orderBy = (name: string): z.ZodType => once("orderBy:" + name, () => {
    const shape: Shape = {};
    for (const field of meta(name).fields) if (!field[1].startsWith("composite:")) shape[field[0]] = field[2] ? nullableSort : sort;
    for (const [field, target, kind] of meta(name).relations)
      shape[field] = kind === "many" ? z.strictObject({ _count: sort }).partial() : z.lazy(() => orderBy(target));
    return z.strictObject(shape).partial();
  });
  const take = z.number().int().min(-maxTake, "take is at most " + maxTake + " rows").max(maxTake, "take is at most " + maxTake + " rows");
  const fieldName = (name: string): z.ZodType => z.enum(meta(name).fields.map((field) => field[0]) as [string, ...string[]]);
  const related = (target: string, kind: RelationKind, level: number): z.ZodType =>
    level > maxDepth
      ? z.literal(false, { error: "select and include nest at most " + maxDepth + " relations deep" })
      : z.union([z.boolean(), kind === "many" ? findArgs(target, level) : z.strictObject(pick(target, level)).partial().refine(oneOf)]);
  const counts = (name: string): z.ZodType => {
    const lists = meta(name).relations.filter((relation) => relation[2] === "many");
    const select = Object.fromEntries(lists.map(([field, target]) => [field, z.union([z.boolean(), z.strictObject({ where: where(target) }).partial()])]));
    return z.union([z.boolean(), z.strictObject({ select: z.strictObject(select).partial() }).partial()]);
  };
  const select = (name: string, depth: number): z.ZodType => once("select:" + name + ":" + depth, () => {
    const shape: Shape = {};
    for (const field of meta(name).fields) shape[field[0]] = z.boolean();
    for (const [field, target, kind] of meta(name).relations) shape[field] = related(target, kind, depth + 1);
    if (meta(name).relations.some((relation) => relation[2] === "many")) shape["_count"] = counts(name);
    return z.strictObject(shape).partial();
  });
  const include = (name: string, depth: number): z.ZodType => once("include:" + name + ":" + depth, () => {
    const shape: Shape = {};
    for (const [field, target, kind] of meta(name).relations) shape[field] = related(target, kind, depth + 1);
    if (meta(name).relations.some((relation) => relation[2] === "many")) shape["_count"] = counts(name);
    return z.strictObject(shape).partial();
  });
  const pick = (name: string, depth: number): Shape =>
    meta(name).relations.length > 0
      ? { select: select(name, depth).nullable().optional(), include: include(name, depth).nullable().optional() }
      : { select: select(name, depth).nullable().optional() };
  const findArgs = (name: string, depth: number): z.ZodType => once("find:" + name + ":" + depth, () =>
    z.strictObject({
      ...pick(name, depth),
      where: where(name).optional(),
      orderBy: many(orderBy(name)).optional(),
      cursor: unique(name).optional(),
      take: take.optional(),
      skip: z.number().int().min(0).optional(),
      distinct: many(fieldName(name)).optional(),
    }).refine(oneOf, { message: "use select or include, not both", path: ["include"] }));
  const create = (name: string): z.ZodType => once("create:" + name, () => {
    const shape: Shape = {};
    for (const field of meta(name).fields) {
      const item = value(field[1]);
      const type = field[3] ? z.union([z.array(item), z.strictObject({ set: z.array(item) })]) : nullable(field, item);
      shape[field[0]] = field[4] ? type : type.optional();
    }
    for (const [field, target, kind] of meta(name).relations) shape[field] = z.lazy(() => nestedCreate(target, kind)).optional();
    return z.strictObject(shape);
  });
  const nestedCreate = (target: string, kind: RelationKind): z.ZodType => once("nestedCreate:" + target + ":" + kind, () => {
    const wrap = kind === "many" ? many : (schema: z.ZodType) => schema;
    const shape: Shape = {
      create: wrap(create(target)),
      connect: wrap(unique(target)),
      connectOrCreate: wrap(z.strictObject({ where: unique(target), create: create(target) })),
    };
    if (kind === "many") shape["createMany"] = z.strictObject({ data: many(create(target)), skipDuplicates: z.boolean().optional() });
    return z.strictObject(shape).partial();
  });
  const update = (name: string): z.ZodType => once("update:" + name, () => {
    const shape: Shape = {};
    for (const field of meta(name).fields) {
      const item = value(field[1]);
      const set = nullable(field, field[3] ? z.array(item) : item);
      const ops: Shape = { set };
      if (field[3]) ops["push"] = many(item);
      else if (numeric.has(field[1])) Object.assign(ops, { increment: item, decrement: item, multiply: item, divide: item });
      shape[field[0]] = z.union([set, z.strictObject(ops).partial()]);
    }
    for (const [field, target, kind] of meta(name).relations) shape[field] = z.lazy(() => nestedUpdate(target, kind));
    return z.strictObject(shape).partial();
  });
  const nestedUpdate = (target: string, kind: RelationKind): z.ZodType => once("nestedUpdate:" + target + ":" + kind, () => {
    const shape: Shape = {
      create: kind === "many" ? many(create(target)) : create(target),
      connect: kind === "many" ? many(unique(target)) : unique(target),
      connectOrCreate: kind === "many" ? many(z.strictObject({ where: unique(target), create: create(target) })) : z.strictObject({ where: unique(target), create: create(target) }),
    };
    if (kind === "many") Object.assign(shape, {
      createMany: z.strictObject({ data: many(create(target)), skipDuplicates: z.boolean().optional() }),
      set: many(unique(target)),
      disconnect: many(unique(target)),
      delete: many(unique(target)),
      update: many(z.strictObject({ where: unique(target), data: update(target) })),
      updateMany: many(z.strictObject({ where: where(target), data: update(target) })),
      deleteMany: many(where(target)),
      upsert: many(z.strictObject({ where: unique(target), create: create(target), update: update(target) })),
    });
    else Object.assign(shape, {
      update: z.union([z.strictObject({ where: where(target).optional(), data: update(target) }), update(target)]),
      upsert: z.strictObject({ where: where(target).optional(), create: create(target), update: update(target) }),
      ...(kind === "optional" ? { disconnect: z.union([z.boolean(), where(target)]), delete: z.union([z.boolean(), where(target)]) } : {}),
    });
    return z.strictObject(shape).partial();
  });
  const countSelect = (name: string): z.ZodType =>
    z.union([z.literal(true), z.strictObject(Object.fromEntries(["_all", ...meta(name).fields.map((f) => f[0])].map((key) => [key, z.boolean()]))).partial()]);
  return (model, action) => once("args:" + model + "." + action, () => {
    const checked = (shape: Shape): z.ZodType => z.strictObject(shape).refine(oneOf, { message: "use select or include, not both", path: ["include"] });
    const limit = z.number().int().min(0).optional();
    switch (action) {
      case "findUnique": case "findUniqueOrThrow": case "delete":
        return checked({ ...pick(model, 0), where: unique(model) });
      case "findFirst": case "findFirstOrThrow": case "findMany":
        return findArgs(model, 0).optional();
      case "count":
        return z.strictObject({ where: where(model), orderBy: many(orderBy(model)), cursor: unique(model), take, skip: z.number().int().min(0), select: countSelect(model) }).partial().optional();
      case "create":
        return checked({ ...pick(model, 0), data: create(model) });
      case "createMany":
        return z.strictObject({ data: many(create(model)), skipDuplicates: z.boolean().optional() });
      case "update":
        return checked({ ...pick(model, 0), where: unique(model), data: update(model) });
      case "updateMany":
        return z.strictObject({ where: where(model).optional(), data: update(model), limit });
      case "upsert":
        return checked({ ...pick(model, 0), where: unique(model), create: create(model), update: update(model) });
      case "deleteMany":
        return z.strictObject({ where: where(model).optional(), limit }).optional();
    }
  });
}

/** Not both \`select\` and \`include\`. */
function oneOf(args: object): boolean {
  const { select, include } = args as { select?: unknown; include?: unknown };
  return select === undefined || select === null || include === undefined || include === null;
}`;

/** The zod part of `server.ts`. */
export function serverSchemasText(options: ResolvedTypesOptions): string {
  return [...valueSchemas(options), builders.replaceAll("\\`", "`")].join("\n");
}
