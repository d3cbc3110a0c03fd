import { describe, expectTypeOf, it } from "vitest";
import type { Client, Decimal, Post, Profile, Role, User } from "./__goldens__/fixture/index.js";

// Checked by `tsc` (the typecheck step): a wrong generated type, or a call that should not compile, fails the build.
declare const client: Client;
type Result<T> = T extends PromiseLike<infer R> ? R : never;

describe("the client's results follow select and include", () => {
  it("`select` keeps exactly the fields asked for, false ones left out", () => {
    const call = () => client.user.findMany({ select: { id: true, email: true, big: false } });
    expectTypeOf<Result<ReturnType<typeof call>>>().toEqualTypeOf<{ id: number; email: string }[]>();
  });

  it("nested `select` shapes the relation; an optional to-one is nullable", () => {
    const call = () =>
      client.post.findFirst({
        select: { title: true, editor: { select: { role: true } }, tags: { select: { id: true } } },
      });
    expectTypeOf<Result<ReturnType<typeof call>>>().toEqualTypeOf<{
      title: string;
      editor: { role: Role } | null;
      tags: { id: number }[];
    } | null>();
  });

  it("`include` adds relations to every field; `_count` counts", () => {
    const call = () =>
      client.user.findUniqueOrThrow({
        where: { id: 1 },
        include: { profile: true, _count: { select: { posts: true } } },
      });
    type R = Result<ReturnType<typeof call>>;
    expectTypeOf<R["profile"]>().toEqualTypeOf<Profile | null>();
    expectTypeOf<R["_count"]>().toEqualTypeOf<{ posts: number }>();
    expectTypeOf<R["balance"]>().toEqualTypeOf<Decimal>();
  });

  it("count, batch writes and the default row", () => {
    expectTypeOf<Result<ReturnType<typeof client.user.count>>>().toEqualTypeOf<number>();
    const counted = () => client.user.count({ select: { _all: true, email: true } });
    expectTypeOf<Result<ReturnType<typeof counted>>>().toEqualTypeOf<{ _all: number; email: number }>();
    const many = () => client.post.deleteMany({ where: { title: { startsWith: "x" } } });
    expectTypeOf<Result<ReturnType<typeof many>>>().toEqualTypeOf<{ count: number }>();
    const rows = () => client.post.findMany({ where: { author: { is: { role: "ADMIN" } } } });
    expectTypeOf<Result<ReturnType<typeof rows>>>().toEqualTypeOf<Post[]>();
    const created = () => client.user.create({ data: { email: "e", firstName: "f", lastName: "l" } });
    expectTypeOf<Result<ReturnType<typeof created>>>().toEqualTypeOf<User>();
  });

  it("refuses what Prisma Client refuses", () => {
    const calls = [
      // @ts-expect-error a misspelt argument
      () => client.user.findMany({ wher: { id: 1 } }),
      // @ts-expect-error an unknown field in select
      () => client.user.findMany({ select: { nope: true } }),
      // @ts-expect-error a string operator on a number
      () => client.user.findMany({ where: { id: { contains: "1" } } }),
      // @ts-expect-error findUnique needs a unique criterion
      () => client.user.findUnique({ where: { role: "ADMIN" } }),
      // @ts-expect-error `some` is for lists, a to-one relation takes is/isNot
      () => client.post.findMany({ where: { author: { some: {} } } }),
      // @ts-expect-error no _count on a model without list relations
      () => client.profile.findMany({ select: { _count: true } }),
    ];
    expectTypeOf(calls).toBeArray();
  });
});
