import { describe, expect, it } from "vitest";
import { validModel } from "../test-support/schemas.js";
import { uniqueCriteria } from "./unique-criteria.js";

describe("uniqueCriteria()", () => {
  it("names criteria as Prisma's client does: field, name:, or fields joined by _", () => {
    const model = validModel(
      'model Person {\n  id Int @id\n  email String @unique\n  first String\n  last String\n  a Int\n  b Int\n\n  @@unique([first, last])\n  @@unique([a, b], name: "ab")\n}\n',
    );
    expect(uniqueCriteria(model.models[0] as NonNullable<(typeof model.models)[0]>)).toEqual([
      { name: "id", fields: ["id"], isCompound: false },
      { name: "email", fields: ["email"], isCompound: false },
      { name: "first_last", fields: ["first", "last"], isCompound: true },
      { name: "ab", fields: ["a", "b"], isCompound: true },
    ]);
  });

  it("uses the compound id's name; a unique over the same fields keeps its own name", () => {
    const model = validModel('model A {\n  x Int\n  y Int\n\n  @@id([x, y], name: "pair")\n  @@unique([x, y])\n}\n');
    expect(uniqueCriteria(model.models[0] as NonNullable<(typeof model.models)[0]>).map((c) => c.name)).toEqual([
      "pair",
      "x_y",
    ]);
  });
});
