import { describe, expectTypeOf, it } from "vitest";
import {
  type Client,
  type Post,
  type PostPayload,
  type Profile,
  type ProfilePayload,
  Role,
  type Settings,
  type Tag,
  type TagWhereUniqueInput,
  type User,
  type UserCreateInput,
  type UserPayload,
  type UserWhereUniqueInput,
} from "./__goldens__/fixture/index.js";

// These assertions are checked by `tsc` (the typecheck step): a wrong generated type fails the build.
describe("payload types follow the include", () => {
  it("the back side of a 1-1 is nullable; the holder's required side is not", () => {
    expectTypeOf<UserPayload<{ profile: true }>["profile"]>().toEqualTypeOf<Profile | null>();
    expectTypeOf<UserPayload<{ settings: true }>["settings"]>().toEqualTypeOf<Settings | null>();
    expectTypeOf<ProfilePayload<{ user: true }>["user"]>().toEqualTypeOf<User>();
  });

  it("a mandatory n-1 is the row, an optional one nullable, a list an array", () => {
    expectTypeOf<PostPayload<{ author: true }>["author"]>().toEqualTypeOf<User>();
    expectTypeOf<PostPayload<{ editor: true }>["editor"]>().toEqualTypeOf<User | null>();
    expectTypeOf<UserPayload<{ posts: true }>["posts"]>().toEqualTypeOf<Post[]>();
    expectTypeOf<PostPayload<{ tags: true }>["tags"]>().toEqualTypeOf<Tag[]>();
  });

  it("nested includes recurse, also through self-relations", () => {
    expectTypeOf<
      UserPayload<{ posts: { include: { author: true; tags: true } } }>["posts"][number]["author"]
    >().toEqualTypeOf<User>();
    expectTypeOf<
      UserPayload<{
        followers: { include: { followers: { include: { profile: true } } } };
      }>["followers"][number]["followers"][number]["profile"]
    >().toEqualTypeOf<Profile | null>();
  });

  it("relations not asked for, or asked with false, are absent", () => {
    expectTypeOf<UserPayload>().toEqualTypeOf<User>();
    expectTypeOf<UserPayload<{ profile: false }>>().not.toHaveProperty("profile");
    expectTypeOf<UserPayload<{ posts: true }>>().not.toHaveProperty("profile");
  });
});

describe("inputs", () => {
  it("where-unique takes the id, a unique field or a compound criterion under its Prisma name", () => {
    expectTypeOf<{ id: number }>().toMatchTypeOf<UserWhereUniqueInput>();
    expectTypeOf<{ email: string }>().toMatchTypeOf<UserWhereUniqueInput>();
    expectTypeOf<{
      firstName_lastName: { firstName: string; lastName: string };
    }>().toMatchTypeOf<UserWhereUniqueInput>();
    expectTypeOf<{ shopCode: { shop: string; code: number } }>().toMatchTypeOf<TagWhereUniqueInput>();
    expectTypeOf<{ firstName: string }>().not.toMatchTypeOf<UserWhereUniqueInput>();
    expectTypeOf<{ firstName_lastName: { firstName: string } }>().not.toMatchTypeOf<UserWhereUniqueInput>();
  });

  it("create inputs require exactly the fields without default, @updatedAt, list or optionality", () => {
    expectTypeOf<{ email: string; firstName: string; lastName: string }>().toMatchTypeOf<UserCreateInput>();
    expectTypeOf<{ firstName: string; lastName: string }>().not.toMatchTypeOf<UserCreateInput>();
    expectTypeOf<UserCreateInput["role"]>().toEqualTypeOf<Role | undefined>();
    expectTypeOf<UserCreateInput["big"]>().toEqualTypeOf<bigint | null | undefined>();
  });

  it("enums are a const object and a union of the same name, with Prisma's value names", () => {
    expectTypeOf(Role.ADMIN).toEqualTypeOf<"ADMIN">();
    expectTypeOf<Role>().toEqualTypeOf<"READER" | "ADMIN">();
  });
});

describe("the client's results follow the include", () => {
  it("findUnique, findMany and create type their results from the include argument", () => {
    const client = {} as Client;
    const check = async () => {
      const user = await client.user.findUnique({
        where: { email: "a@b.c" },
        include: { posts: { include: { tags: true } }, profile: true },
      });
      expectTypeOf(user).toEqualTypeOf<
        (User & { posts: (Post & { tags: Tag[] })[]; profile: Profile | null }) | null
      >();
      const posts = await client.post.findMany({ where: { authorId: 1 }, include: { editor: true } });
      expectTypeOf(posts).toEqualTypeOf<(Post & { editor: User | null })[]>();
      const created = await client.profile.create({ data: { bio: "hi", userId: 1 } });
      expectTypeOf(created).toEqualTypeOf<Profile>();
      // @ts-expect-error: `nope` is not a relation of User
      await client.user.findMany({ include: { nope: true } });
      // @ts-expect-error: a where-unique input needs a unique criterion
      await client.user.findUnique({ where: { firstName: "Ada" } });
      // @ts-expect-error: `email` is required to create a User
      await client.user.create({ data: { firstName: "Ada", lastName: "Lovelace" } });
    };
    expectTypeOf(check).toBeFunction();
  });
});
