import { type Model, type SchemaModel, uniqueCriteria } from "@cardinal/core";

/** One call made on both clients: `prisma[property][action](args)` and `client[property][action](args)`. */
export interface OracleCase {
  readonly property: string;
  readonly action: string;
  /** The argument as TypeScript source, or "" for no argument. */
  readonly args: string;
}

/** Calls on the fixture schema (`test-support/fixture.prisma`): every result-shaping feature at least once. */
export const fixtureCases: readonly OracleCase[] = [
  { property: "user", action: "findMany", args: "" },
  { property: "user", action: "findMany", args: "{ select: { id: true, email: true, balance: true, data: true } }" },
  { property: "user", action: "findMany", args: "{ select: { id: true, big: false, avatar: true, tags: true } }" },
  { property: "user", action: "findMany", args: "{ include: { posts: true, profile: true } }" },
  { property: "user", action: "findMany", args: "{ include: { posts: { include: { tags: true, editor: true } } } }" },
  {
    property: "user",
    action: "findMany",
    args: '{ select: { email: true, posts: { select: { title: true, author: { select: { role: true } } }, where: { title: { contains: "a", mode: "insensitive" } }, orderBy: { id: "desc" }, take: 2 } } }',
  },
  { property: "user", action: "findMany", args: "{ select: { _count: true } }" },
  {
    property: "user",
    action: "findMany",
    args: "{ select: { id: true, _count: { select: { posts: true, followers: true } } } }",
  },
  { property: "user", action: "findMany", args: "{ include: { _count: { select: { edits: true } } } }" },
  {
    property: "user",
    action: "findMany",
    args: "{ include: { followers: { include: { following: { select: { id: true } } } } } }",
  },
  { property: "user", action: "findMany", args: "{ include: { settings: true, profile: { select: { bio: true } } } }" },
  {
    property: "user",
    action: "findMany",
    args: '{ where: { AND: [{ email: { endsWith: "@x.org" } }, { OR: [{ role: "ADMIN" }, { big: { gt: 10n } }] }], NOT: { posts: { some: { title: { startsWith: "draft" } } } } }, orderBy: [{ lastName: "asc" }, { createdAt: "desc" }], skip: 1, take: 10, distinct: ["role"] }',
  },
  {
    property: "user",
    action: "findMany",
    args: '{ where: { profile: { is: { bio: { not: "" } } }, posts: { every: { editorId: null } }, followers: { none: {} } }, cursor: { id: 5 }, select: { id: true } }',
  },
  { property: "user", action: "findUnique", args: "{ where: { id: 1 } }" },
  {
    property: "user",
    action: "findUnique",
    args: '{ where: { firstName_lastName: { firstName: "A", lastName: "B" } }, include: { posts: true } }',
  },
  {
    property: "user",
    action: "findUniqueOrThrow",
    args: '{ where: { email: "a@b.c" }, select: { id: true, profile: true } }',
  },
  {
    property: "user",
    action: "findFirst",
    args: '{ where: { id: { in: [1, 2] } }, orderBy: { profile: { bio: "asc" } } }',
  },
  { property: "user", action: "findFirstOrThrow", args: "{ include: { settings: { include: { user: true } } } }" },
  { property: "user", action: "count", args: "" },
  { property: "user", action: "count", args: '{ where: { role: { notIn: ["ADMIN"] } } }' },
  { property: "user", action: "count", args: "{ select: { _all: true, big: true } }" },
  {
    property: "user",
    action: "create",
    args: '{ data: { email: "a@b.c", firstName: "A", lastName: "B", posts: { create: [{ id: 1, title: "t" }] }, profile: { create: { bio: "b" } } }, include: { posts: true } }',
  },
  {
    property: "user",
    action: "createMany",
    args: '{ data: [{ email: "a@b.c", firstName: "A", lastName: "B" }], skipDuplicates: true }',
  },
  {
    property: "user",
    action: "update",
    args: '{ where: { id: 1 }, data: { balance: { increment: 1 }, tags: { push: "x" }, posts: { connect: { id: 2 }, disconnect: [{ id: 3 }] }, profile: { disconnect: true } }, select: { balance: true } }',
  },
  { property: "user", action: "updateMany", args: '{ where: { email: { contains: "x" } }, data: { role: "ADMIN" } }' },
  {
    property: "user",
    action: "upsert",
    args: '{ where: { id: 1 }, create: { email: "a@b.c", firstName: "A", lastName: "B" }, update: { lastName: { set: "C" } }, include: { profile: true } }',
  },
  { property: "user", action: "delete", args: "{ where: { id: 1 }, select: { email: true } }" },
  { property: "user", action: "deleteMany", args: "{ where: { createdAt: { lt: new Date() } } }" },
  { property: "post", action: "findMany", args: "{ include: { author: true, editor: { select: { email: true } } } }" },
  {
    property: "post",
    action: "findMany",
    args: '{ where: { author: { email: "x" }, editor: { isNot: null } }, orderBy: { author: { email: "asc" } } }',
  },
  {
    property: "post",
    action: "create",
    args: '{ data: { id: 1, title: "t", author: { connect: { id: 1 } }, tags: { connectOrCreate: { where: { id: 1 }, create: { id: 1, shop: "s", code: 1 } } } } }',
  },
  {
    property: "profile",
    action: "findMany",
    args: "{ include: { user: { include: { posts: { select: { id: true } } } } } }",
  },
  {
    property: "settings",
    action: "findUnique",
    args: "{ where: { userId: 1 }, select: { theme: true, user: { select: { id: true } } } }",
  },
  {
    property: "tag",
    action: "findUnique",
    args: '{ where: { shopCode: { shop: "s", code: 1 } }, include: { posts: { include: { author: true } } } }',
  },
  { property: "tag", action: "findMany", args: "{ select: { _count: true, code: true } }" },
];

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function relations(model: Model, schema: SchemaModel) {
  const typed = new Set(schema.models.filter((item) => !item.isIgnored).map((item) => item.name));
  return model.fields.filter((field) => field.kind === "relation" && !field.isIgnored && typed.has(field.type));
}

/**
 * Calls every model of a schema can make: the default row, every relation included, a `select` of one field and
 * each relation with a nested `select`, `_count`, and `count`.
 */
export function schemaCases(schema: SchemaModel): OracleCase[] {
  return schema.models
    .filter((model) => !model.isIgnored && uniqueCriteria(model).length > 0)
    .flatMap((model) => {
      const property = lowerFirst(model.name);
      const related = relations(model, schema);
      const first = model.fields.find((field) => field.kind === "scalar" && !field.isIgnored);
      const cases: OracleCase[] = [{ property, action: "findMany", args: "" }];
      if (related.length > 0) {
        cases.push({
          property,
          action: "findFirst",
          args: `{ include: { ${related.map((f) => `${f.name}: true`).join(", ")} } }`,
        });
        const nested = related
          .map((f) => {
            const target = schema.models.find((item) => item.name === f.type) as Model;
            const lists = relations(target, schema).some((field) => field.kind === "relation" && field.isList);
            const scalar = target.fields.find((field) => field.kind === "scalar" && !field.isIgnored);
            return `${f.name}: { select: { ${lists ? "_count: true" : `${scalar?.name}: true`} } }`;
          })
          .join(", ");
        cases.push({
          property,
          action: "findMany",
          args: `{ select: { ${first ? `${first.name}: true, ` : ""}${nested} } }`,
        });
      }
      cases.push({ property, action: "count", args: "" });
      return cases;
    });
}

/** The test file: one async function per case, asserting both results are the same type (scalars normalised). */
export function oracleTestText(cases: readonly OracleCase[], prisma: string, cardinal: string): string {
  const head = [
    `import type { Prisma, PrismaClient } from "${prisma}";`,
    `import type * as C from "${cardinal}";`,
    "type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;",
    "// Prisma's Decimal class and Cardinal's decimal string, and both JSON value types, are one representation each.",
    'type J = "json";',
    "type Norm<T> = Same<T, Prisma.JsonValue> extends true ? J : Same<T, Prisma.JsonValue | null> extends true ? J | null : Same<T, C.JsonValue> extends true ? J : Same<T, C.JsonValue | null> extends true ? J | null : Each<T>;",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source text for the generated test file.
    'type Each<T> = T extends Prisma.Decimal ? "decimal" : T extends `${number}` ? "decimal" : T extends Date ? Date : T extends Uint8Array ? "bytes"',
    "  : T extends string | number | boolean | bigint | null | undefined ? T : T extends readonly (infer E)[] ? Norm<E>[] : T extends object ? { [K in keyof T]: Norm<T[K]> } : T;",
  ];
  const body = cases.map(
    (item, index) => `export async function case${index}(prisma: PrismaClient, client: C.Client) {
  const p = await prisma.${item.property}.${item.action}(${item.args});
  const c = await client.${item.property}.${item.action}(${item.args});
  const same: Same<Norm<typeof p>, Norm<typeof c>> = true;
  return same;
}`,
  );
  return `${[...head, ...body].join("\n")}\n`;
}
