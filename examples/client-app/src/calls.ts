/** One scripted call: `client[property][action](args)`, made the same way on Prisma Client directly. */
export type ScriptedCall = readonly [property: string, action: string, args?: unknown];

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The scripted list: writes first (same ids on both databases), then reads of every shape. */
export const scriptedCalls: readonly ScriptedCall[] = [
  [
    "user",
    "create",
    {
      data: {
        email: "ada@x.org",
        name: "Ada",
        role: "WRITER",
        balance: "12.50",
        points: 10n,
        joinedAt: day("2024-01-01"),
        profile: { create: { bio: "math" } },
        posts: { create: [{ title: "Engines", published: true, views: 10 }, { title: "Notes" }] },
      },
      include: { profile: true, posts: { orderBy: { id: "asc" } } },
    },
  ],
  ["user", "create", { data: { email: "bob@x.org", name: "Bob", joinedAt: day("2024-02-01") } }],
  ["tag", "createMany", { data: [{ name: "math" }, { name: "history" }] }],
  [
    "post",
    "update",
    {
      where: { id: 1 },
      data: { tags: { connect: [{ id: 1 }, { id: 2 }] }, views: { increment: 5 } },
      include: { tags: { orderBy: { id: "asc" } } },
    },
  ],
  [
    "post",
    "create",
    {
      data: {
        title: "Bob's",
        author: { connect: { email: "bob@x.org" } },
        tags: { connectOrCreate: { where: { name: "misc" }, create: { name: "misc" } } },
      },
    },
  ],
  ["user", "findMany", { orderBy: { id: "asc" } }],
  [
    "user",
    "findMany",
    {
      select: {
        name: true,
        posts: {
          select: { title: true, tags: { select: { name: true }, orderBy: { name: "asc" } } },
          where: { published: true },
        },
      },
      orderBy: { id: "asc" },
    },
  ],
  [
    "user",
    "findMany",
    {
      where: {
        OR: [{ email: { endsWith: "@X.ORG", mode: "insensitive" } }, { name: { startsWith: "B" } }],
        NOT: { role: "READER" },
      },
      orderBy: { id: "asc" },
    },
  ],
  [
    "post",
    "findMany",
    {
      where: { author: { is: { name: "Ada" } }, tags: { some: { name: "math" } } },
      orderBy: [{ views: "desc" }, { id: "asc" }],
    },
  ],
  ["post", "findMany", { where: { tags: { none: {} } }, orderBy: { id: "asc" } }],
  [
    "post",
    "findMany",
    { orderBy: [{ author: { name: "desc" } }, { id: "asc" }], skip: 1, take: 2, select: { id: true, title: true } },
  ],
  ["post", "findMany", { cursor: { id: 2 }, take: 2, orderBy: { id: "asc" } }],
  ["post", "findMany", { distinct: ["authorId"], orderBy: { id: "asc" }, select: { authorId: true } }],
  ["user", "count"],
  ["post", "count", { where: { views: { gte: 5 } } }],
  ["user", "count", { select: { _all: true, points: true } }],
  ["user", "findUnique", { where: { email: "ada@x.org" }, include: { _count: { select: { posts: true } } } }],
  ["user", "findFirst", { where: { points: { gt: 5n } }, select: { points: true, balance: true, joinedAt: true } }],
  ["user", "findUniqueOrThrow", { where: { id: 2 }, include: { profile: true } }],
  ["user", "findFirstOrThrow", { where: { profile: { isNot: null } }, select: { profile: { select: { bio: true } } } }],
  [
    "user",
    "upsert",
    {
      where: { email: "cy@x.org" },
      create: { email: "cy@x.org", name: "Cy", joinedAt: day("2024-03-01") },
      update: { name: "Cy2" },
    },
  ],
  [
    "user",
    "upsert",
    {
      where: { email: "cy@x.org" },
      create: { email: "cy@x.org", name: "Cy", joinedAt: day("2024-03-01") },
      update: { name: "Cy2" },
    },
  ],
  ["post", "updateMany", { where: { published: false }, data: { published: true } }],
  [
    "user",
    "update",
    {
      where: { id: 2 },
      data: { balance: { increment: 1.25 }, profile: { create: { bio: "new" } } },
      include: { profile: true },
    },
  ],
  [
    "post",
    "update",
    { where: { id: 1 }, data: { tags: { disconnect: [{ id: 2 }] } }, select: { tags: { select: { id: true } } } },
  ],
  ["tag", "findMany", { include: { _count: true }, orderBy: { name: "asc" } }],
  ["post", "delete", { where: { id: 3 }, select: { title: true } }],
  ["post", "findMany", { where: { title: { in: ["Engines", "Notes"] }, views: { lt: 100 } }, orderBy: { id: "asc" } }],
  ["user", "findMany", { orderBy: [{ posts: { _count: "desc" } }, { id: "asc" }], select: { name: true } }],
  ["profile", "findMany", { include: { user: { select: { email: true } } }, orderBy: { id: "asc" } }],
];

/** Deeply nested `NOT`s: far deeper than the handler allows. */
function deepWhere(levels: number): string {
  return `${'{"NOT":'.repeat(levels)}{}${"}".repeat(levels)}`;
}

const body = (data: string) => `{"cardinal":1,"data":${data}}`;

/** Hostile requests: a raw body for /api (or a size: a body of that many bytes), each must get a 4xx. */
export const hostileRequests: readonly {
  readonly name: string;
  readonly body?: string;
  readonly size?: number;
  readonly method?: string;
}[] = [
  {
    name: "__proto__ in where",
    body: body('{"model":"User","action":"findMany","args":{"where":{"__proto__":{"role":"WRITER"}}}}'),
  },
  {
    name: "constructor in data",
    body: body('{"model":"Tag","action":"create","args":{"data":{"name":"x","constructor":{"prototype":1}}}}'),
  },
  { name: "__proto__ as the model", body: body('{"model":"__proto__","action":"findMany"}') },
  { name: "an unknown model", body: body('{"model":"Secret","action":"findMany"}') },
  { name: "an unknown action", body: body('{"model":"User","action":"$queryRawUnsafe","args":"SELECT 1"}') },
  { name: "toString as the action", body: body('{"model":"User","action":"toString"}') },
  { name: "a 10 MB body", size: 10 * 1024 * 1024 },
  {
    name: "20,000 levels of nesting",
    body: body(`{"model":"Post","action":"findMany","args":{"where":${deepWhere(20_000)}}}`),
  },
  { name: "take above the limit", body: body('{"model":"Post","action":"findMany","args":{"take":1000000}}') },
  {
    name: "includes nested too deep",
    body: body(
      '{"model":"User","action":"findMany","args":{"include":{"posts":{"include":{"author":{"include":{"posts":{"include":{"tags":true}}}}}}}}}',
    ),
  },
  { name: "an unknown argument", body: body('{"model":"User","action":"findMany","args":{"raw":"1=1"}}') },
  {
    name: "a wrong type",
    body: body('{"model":"User","action":"findUnique","args":{"where":{"id":{"$type":"BigInt","value":"1"}}}}'),
  },
  {
    name: "an unknown tag",
    body: body('{"model":"User","action":"findMany","args":{"where":{"name":{"$type":"Function","value":"x"}}}}'),
  },
  { name: "malformed JSON", body: '{"cardinal":1,"data":{"model":' },
  { name: "no envelope", body: '{"model":"User","action":"findMany"}' },
  {
    name: "select and include together",
    body: body('{"model":"User","action":"findMany","args":{"select":{"id":true},"include":{"posts":true}}}'),
  },
  { name: "deleteMany (refused by policy)", body: body('{"model":"Post","action":"deleteMany"}') },
  {
    name: "User.updateMany (refused by policy)",
    body: body('{"model":"User","action":"updateMany","args":{"data":{"role":"WRITER"}}}'),
  },
  { name: "a GET", method: "GET" },
];
