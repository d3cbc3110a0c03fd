import { prismaWhereUniqueCriteria } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";
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

  it("keeps partial uniques (`where:`), as Prisma 7's client does in its where-unique input", () => {
    const schema = [
      'datasource db {\n  provider = "postgresql"\n}\n',
      'generator client {\n  provider = "prisma-client-js"\n  previewFeatures = ["partialIndexes"]\n}\n',
      'model Account {\n  id Int @id\n  email String @unique(where: raw("deleted IS NULL"))\n  org Int\n  slug String\n',
      "  deleted DateTime?\n\n  @@unique([org, slug], where: { deleted: null })\n}\n",
    ].join("");
    const result = parseSchema(schema);
    expect(result.valid).toBe(true);
    const model = result.model.models[0] as NonNullable<(typeof result.model.models)[0]>;
    expect(model.uniques.map((unique) => unique.where?.kind)).toEqual(["raw", "conditions"]);
    const names = uniqueCriteria(model).map((criterion) => criterion.name);
    expect(names).toEqual(["id", "email", "org_slug"]);
    expect(names).toEqual(prismaWhereUniqueCriteria(schema).Account);
  });
});
