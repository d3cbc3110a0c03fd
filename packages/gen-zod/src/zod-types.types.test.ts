import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type * as types from "./__goldens__/fixture/types/index.js";
import type * as schemas from "./__goldens__/fixture/zod/index.js";

// Checked by `tsc` in the typecheck step: zod's inference must be exactly gen-types' types, both ways.
describe("z.infer of the generated schemas equals the gen-types types", () => {
  it("read schemas infer the row types", () => {
    expectTypeOf<z.infer<typeof schemas.UserSchema>>().toEqualTypeOf<types.User>();
    expectTypeOf<z.infer<typeof schemas.ProfileSchema>>().toEqualTypeOf<types.Profile>();
    expectTypeOf<z.infer<typeof schemas.SettingsSchema>>().toEqualTypeOf<types.Settings>();
    expectTypeOf<z.infer<typeof schemas.PostSchema>>().toEqualTypeOf<types.Post>();
    expectTypeOf<z.infer<typeof schemas.TagSchema>>().toEqualTypeOf<types.Tag>();
    expectTypeOf<types.User>().toEqualTypeOf<z.infer<typeof schemas.UserSchema>>();
  });

  it("input schemas infer the input types; enums the enum unions", () => {
    expectTypeOf<z.infer<typeof schemas.UserCreateInputSchema>>().toEqualTypeOf<types.UserCreateInput>();
    expectTypeOf<z.infer<typeof schemas.PostUpdateInputSchema>>().toEqualTypeOf<types.PostUpdateInput>();
    expectTypeOf<z.infer<typeof schemas.RoleSchema>>().toEqualTypeOf<types.Role>();
    expectTypeOf<z.infer<typeof schemas.JsonValueSchema>>().toEqualTypeOf<types.JsonValue>();
  });

  it("relation-including schemas infer rows with optional payloads", () => {
    type WithRelations = z.infer<typeof schemas.PostWithRelationsSchema>;
    expectTypeOf<WithRelations["author"]>().toMatchTypeOf<types.User | undefined>();
    expectTypeOf<NonNullable<WithRelations["editor"]>>().toMatchTypeOf<types.User>();
    expectTypeOf<NonNullable<WithRelations["tags"]>>().toMatchTypeOf<types.Tag[]>();
  });
});
