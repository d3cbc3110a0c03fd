import { parseSchema } from "@cardinal/core";
import { describe, expect, it, vi } from "vitest";
import * as zod from "./__goldens__/fixture/zod/index.js";
import { generateZod } from "./generate-zod.js";

const validUser = {
  id: 1,
  email: "ada@example.com",
  firstName: "Ada",
  lastName: "Lovelace",
  role: "ADMIN",
  balance: "12.30",
  big: 9007199254740993n,
  data: { nested: [1, "two", null, { deep: true }] },
  avatar: new Uint8Array([1, 2]),
  tags: ["math"],
  createdAt: new Date("1815-12-10"),
  updatedAt: new Date("1852-11-27"),
};

const issuePath = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues[0]?.path;

describe("generated zod schemas at run time", () => {
  it("accept a valid row and reject each broken rule at its path", () => {
    expect(zod.UserSchema.safeParse(validUser).success).toBe(true);
    expect(issuePath(zod.UserSchema.safeParse({ ...validUser, id: 2 ** 31 }))).toEqual(["id"]);
    expect(issuePath(zod.UserSchema.safeParse({ ...validUser, id: 1.5 }))).toEqual(["id"]);
    expect(issuePath(zod.UserSchema.safeParse({ ...validUser, role: "OWNER" }))).toEqual(["role"]);
    expect(issuePath(zod.UserSchema.safeParse({ ...validUser, balance: "1e5" }))).toEqual(["balance"]);
    expect(issuePath(zod.UserSchema.safeParse({ ...validUser, big: 1 }))).toEqual(["big"]);
    // z.json() is a union, so zod reports a bad JSON value at the field itself.
    expect(issuePath(zod.UserSchema.safeParse({ ...validUser, data: { f: () => 1 } }))).toEqual(["data"]);
    expect(issuePath(zod.UserSchema.safeParse({ ...validUser, avatar: [1, 2] }))).toEqual(["avatar"]);
    expect(issuePath(zod.UserSchema.safeParse({ ...validUser, tags: ["ok", 3] }))).toEqual(["tags", 1]);
    expect(issuePath(zod.UserSchema.safeParse({ ...validUser, createdAt: "1815-12-10" }))).toEqual(["createdAt"]);
    expect(zod.UserSchema.safeParse({ ...validUser, big: null, data: null, avatar: null }).success).toBe(true);
  });

  it("create inputs: defaults, @updatedAt, lists and optional fields may be left out; the rest may not", () => {
    expect(zod.UserCreateInputSchema.safeParse({ email: "a@b.c", firstName: "A", lastName: "B" }).success).toBe(true);
    expect(issuePath(zod.UserCreateInputSchema.safeParse({ firstName: "A", lastName: "B" }))).toEqual(["email"]);
    expect(zod.UserUpdateInputSchema.safeParse({}).success).toBe(true);
  });

  it("relation payloads validate to any depth, self-relations included, with the full error path", () => {
    const follower = (id: number, followers: unknown[] = []) => ({ ...validUser, id, followers });
    const deep = follower(1, [follower(2, [follower(3, [{ ...follower(4), email: 5 }])])]);
    expect(issuePath(zod.UserWithRelationsSchema.safeParse(deep))).toEqual([
      "followers",
      0,
      "followers",
      0,
      "followers",
      0,
      "email",
    ]);
    const post = {
      id: 10,
      title: "t",
      authorId: 1,
      editorId: null,
      author: follower(1),
      editor: null,
      tags: [{ id: 1, shop: "s", code: 2, posts: [{ id: 11, title: "u", authorId: "x", editorId: null }] }],
    };
    expect(issuePath(zod.PostWithRelationsSchema.safeParse(post))).toEqual(["tags", 0, "posts", 0, "authorId"]);
    expect(zod.ProfileWithRelationsSchema.safeParse({ id: 1, bio: "b", userId: 1, user: validUser }).success).toBe(
      true,
    );
    expect(issuePath(zod.ProfileWithRelationsSchema.safeParse({ id: 1, bio: "b", userId: 1, user: null }))).toEqual([
      "user",
    ]);
  });

  it("base schemas keep .pick, .omit and .extend", () => {
    expect(Object.keys(zod.UserSchema.pick({ email: true }).shape)).toEqual(["email"]);
    expect(Object.keys(zod.UserSchema.omit({ data: true }).shape)).not.toContain("data");
    expect(zod.UserSchema.extend({ extra: zod.RoleSchema }).safeParse({ ...validUser, extra: "READER" }).success).toBe(
      true,
    );
  });
});

describe("per-model files import in any order", () => {
  const files = ["Post", "Profile", "Settings", "Tag", "User"];
  const orders = [
    files,
    [...files].reverse(),
    ["Tag", "User", "Post", "Settings", "Profile"],
    ["Settings", "Post", "User", "Profile", "Tag"],
  ];

  it.each(orders.map((order) => [order.join(" → "), order] as const))(
    "%s: no initialization error, every schema usable",
    async (_name, order) => {
      vi.resetModules();
      const loaded: Record<string, Record<string, { safeParse(value: unknown): { success: boolean } }>> = {};
      for (const name of order) loaded[name] = await import(`./__goldens__/fixture/zod/models/${name}.ts`);
      for (const module of Object.values(loaded))
        for (const schema of Object.values(module)) expect(typeof schema.safeParse).toBe("function");
      expect(
        loaded.Tag?.TagWithRelationsSchema?.safeParse({
          id: 1,
          shop: "s",
          code: 1,
          posts: [{ id: 1, title: "t", authorId: 1, editorId: null, author: { ...validUser } }],
        }).success,
      ).toBe(true);
    },
  );
});

describe("generateZod()", () => {
  const model = (field: string) =>
    parseSchema(`datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n${field}\n}\n`).model;

  it("applies /// @zod refinements and checks them at generation time", () => {
    const ok = generateZod(
      model("  /// The address.\n  /// @zod .email().max(320)\n  email String\n  /// @zod .positive()\n  n Int"),
    );
    expect(ok.diagnostics).toEqual([]);
    const source = ok.files.find((f) => f.path === "models/A.ts")?.content ?? "";
    expect(source).toContain("email: z.string().email().max(320),");
    expect(source).toContain("n: z.int32().positive(),");
    const wrongType = generateZod(model("  /// @zod .email()\n  n Int"));
    expect(wrongType.files).toEqual([]);
    expect(wrongType.diagnostics).toEqual([
      expect.objectContaining({
        code: "E601",
        severity: "error",
        file: "schema.prisma",
        // The comment's own line: `/// @zod .email()`.
        range: { start: { line: 5, character: 2 }, end: { line: 5, character: 19 } },
        message: expect.stringContaining("`.email()` does not fit a number field"),
      }),
    ]);
    expect(generateZod(model("  /// @zod .maxx(3)\n  s String")).diagnostics[0]?.message).toContain(
      "`.maxx()` does not fit a string field",
    );
    expect(generateZod(model("  /// @zod .max()\n  s String")).diagnostics[0]?.message).toContain(
      "takes 1 to 2 argument(s), received 0",
    );
    expect(generateZod(model("  /// @zod .max(1); process.exit()\n  s String")).diagnostics[0]?.message).toContain(
      "cannot read",
    );
  });

  it("checks Decimal precision and VarChar length from native types", async () => {
    const { files } = generateZod(model("  price Decimal @db.Decimal(5, 2)\n  code String @db.VarChar(3)"));
    const source = files.find((f) => f.path === "models/A.ts")?.content ?? "";
    expect(source).toContain("code: z.string().max(3),");
    expect(source).toContain(String.raw`/^-?\d{1,3}(\.\d{1,2})?$/.test(value)`);
  });

  it("gives the same bytes whatever the declaration order", () => {
    const blocks = [
      "enum R {\n  A\n}\n",
      "model U {\n  id Int @id\n  r R\n  ps P[]\n}\n",
      "model P {\n  id Int @id\n  uId Int\n  u U @relation(fields: [uId], references: [id])\n}\n",
    ];
    const forward = generateZod(parseSchema(blocks.join("\n")).model).files;
    expect(generateZod(parseSchema([...blocks].reverse().join("\n")).model).files).toEqual(forward);
  });
});
