import { describe, expect, it } from "vitest";
import { corpusModel } from "../test-support/schemas.js";
import { createModelIndex } from "./lookup.js";
import type { JoinTable, ManyToManyRelation, Relation } from "./types.js";

function joinTableOf(relation: ManyToManyRelation): JoinTable {
  if (relation.storage.kind !== "join-table") throw new Error(`${relation.name} has no join table`);
  return relation.storage;
}

function only(relations: readonly Relation[]): Relation {
  expect(relations).toHaveLength(1);
  return relations[0] as Relation;
}

describe("relation model: one-to-one", () => {
  it("a unique FK with an optional back-relation is one-to-one, held by the FK side", () => {
    const relation = only(corpusModel("one-to-one-optional-fk-unique").relations);
    expect(relation).toMatchObject({
      kind: "one-to-one",
      name: "ProfileToUser",
      isNamed: false,
      isSelf: false,
      holder: { model: "Profile", field: "user", isList: false, isOptional: false },
      referenced: { model: "User", field: "profile", isList: false, isOptional: true },
      foreignKey: {
        holder: "Profile",
        fields: ["userId"],
        referencedModel: "User",
        references: ["id"],
        isUnique: true,
        isIdentifying: false,
        isOptional: false,
        onDelete: { declared: undefined, effective: "Restrict" },
        onUpdate: { declared: undefined, effective: "Cascade" },
      },
    });
  });

  it("the shared primary key pattern is identifying", () => {
    const relation = only(corpusModel("one-to-one-shared-primary-key").relations);
    expect(relation.kind).toBe("one-to-one");
    if (relation.kind === "many-to-many") throw new Error("unreachable");
    expect(relation.foreignKey).toMatchObject({ fields: ["userId"], isUnique: true, isIdentifying: true });
    expect(relation.foreignKey.onDelete).toEqual({ declared: "Cascade", effective: "Cascade" });
  });

  it("a composite FK covered by an @@unique is one-to-one over both fields, in order", () => {
    const relation = only(corpusModel("one-to-one-composite-fk").relations);
    if (relation.kind === "many-to-many") throw new Error("unreachable");
    expect(relation.kind).toBe("one-to-one");
    expect(relation.foreignKey.fields).toEqual(["userFirstName", "userLastName"]);
    expect(relation.foreignKey.references).toEqual(["firstName", "lastName"]);
    expect(relation.foreignKey.isIdentifying).toBe(false);
  });

  it("a 1-1 over a non-id unique field references that field", () => {
    const relation = only(corpusModel("one-to-one-references-unique-email").relations);
    if (relation.kind === "many-to-many") throw new Error("unreachable");
    expect(relation.foreignKey.references).toEqual(["email"]);
  });

  it("either side may hold the key: here the User does", () => {
    const relation = only(corpusModel("one-to-one-fk-on-other-side").relations);
    if (relation.kind === "many-to-many") throw new Error("unreachable");
    expect(relation.holder.model).toBe("User");
    expect(relation.referenced).toMatchObject({ model: "Profile", field: "user", isOptional: true });
  });

  it("an optional FK makes the relation optional and SetNull the default onDelete", () => {
    const relation = only(corpusModel("one-to-one-optional-both-sides").relations);
    if (relation.kind === "many-to-many") throw new Error("unreachable");
    expect(relation.foreignKey.isOptional).toBe(true);
    expect(relation.foreignKey.onDelete.effective).toBe("SetNull");
  });

  it("defaults onDelete from the key columns: an optional relation field over a required key is Restrict", () => {
    const relation = only(corpusModel("one-to-one-optional-relation-required-fk").relations);
    if (relation.kind === "many-to-many") throw new Error("unreachable");
    expect(relation.holder.isOptional).toBe(true);
    expect(relation.foreignKey.onDelete).toEqual({ declared: undefined, effective: "Restrict" });
  });

  it("a named self 1-1 is self and keeps its name", () => {
    const relation = only(corpusModel("one-to-one-self").relations);
    expect(relation).toMatchObject({ kind: "one-to-one", name: "History", isNamed: true, isSelf: true });
  });
});

describe("relation model: one-to-many", () => {
  it("the list side is referenced, the FK side holds; mandatory FK defaults to Restrict", () => {
    const relation = only(corpusModel("one-to-many-mandatory").relations);
    expect(relation).toMatchObject({
      kind: "one-to-many",
      holder: { model: "Post", field: "author", isOptional: false },
      referenced: { model: "User", field: "posts", isList: true },
      foreignKey: { isUnique: false, onDelete: { effective: "Restrict" } },
    });
  });

  it("an FK inside a composite primary key is identifying (weak entity)", () => {
    const relation = only(corpusModel("one-to-many-identifying-composite").relations);
    if (relation.kind === "many-to-many") throw new Error("unreachable");
    expect(relation.foreignKey).toMatchObject({ fields: ["invoiceId"], isIdentifying: true, isUnique: false });
  });

  it("a unique FK with a list back-relation stays one-to-many", () => {
    expect(only(corpusModel("one-to-many-unique-fk").relations).kind).toBe("one-to-many");
  });

  it("two named relations between the same models are kept apart", () => {
    const relations = corpusModel("relations-named-two-between-same-models").relations;
    expect(relations.map((relation) => relation.name)).toEqual(["Author", "Editor"]);
    const index = createModelIndex(corpusModel("relations-named-two-between-same-models"));
    expect(index.relationOf("User", "editedPosts")?.name).toBe("Editor");
    expect(index.oppositeEnd("Post", "author")).toMatchObject({ model: "User", field: "writtenPosts" });
  });
});

describe("relation model: many-to-many", () => {
  it("an implicit m-n gets Prisma's join table: _PostToTag, A → Post, B → Tag", () => {
    const relation = only(corpusModel("many-to-many-implicit").relations);
    expect(relation).toMatchObject({
      kind: "many-to-many",
      name: "PostToTag",
      a: { model: "Post", field: "tags" },
      b: { model: "Tag", field: "posts" },
      storage: {
        kind: "join-table",
        name: "_PostToTag",
        a: { name: "A", model: "Post", references: "id" },
        b: { name: "B", model: "Tag", references: "id" },
      },
    });
  });

  it("column A belongs to the model that sorts first, whatever the declaration order", () => {
    const relation = only(corpusModel("many-to-many-reverse-declaration").relations);
    if (relation.kind !== "many-to-many") throw new Error("unreachable");
    expect(relation.storage).toEqual({
      kind: "join-table",
      name: "_AppleToZebra",
      a: { name: "A", model: "Apple", references: "id" },
      b: { name: "B", model: "Zebra", references: "id" },
    });
  });

  it("a named m-n uses the name for its join table", () => {
    const relation = only(corpusModel("many-to-many-implicit-named").relations);
    if (relation.kind !== "many-to-many") throw new Error("unreachable");
    expect(joinTableOf(relation).name).toBe("_Tagging");
  });

  it("a self m-n references the same model from both columns", () => {
    const relation = only(corpusModel("many-to-many-self").relations);
    if (relation.kind !== "many-to-many") throw new Error("unreachable");
    expect(relation.isSelf).toBe(true);
    expect([relation.a.field, relation.b.field]).toEqual(["followers", "following"]);
    expect(joinTableOf(relation).a.model).toBe("User");
    expect(joinTableOf(relation).b.model).toBe("User");
  });

  it("the join table references mapped ids by their field names", () => {
    const relation = only(corpusModel("many-to-many-mapped-ids").relations);
    if (relation.kind !== "many-to-many") throw new Error("unreachable");
    expect(joinTableOf(relation).a).toEqual({ name: "A", model: "Author", references: "id" });
  });
});

describe("relation model: many-to-many with id lists (MongoDB)", () => {
  it("keeps the pairs in an id list on each side, no join table", () => {
    const relation = only(corpusModel("mongodb-many-to-many-id-lists").relations);
    expect(relation).toEqual({
      kind: "many-to-many",
      name: "PostToTag",
      isNamed: false,
      isSelf: false,
      a: { model: "Post", field: "tags", isList: true, isOptional: false },
      b: { model: "Tag", field: "posts", isList: true, isOptional: false },
      storage: {
        kind: "id-lists",
        a: { holder: "Post", field: "tagIds", referencedModel: "Tag", references: "id" },
        b: { holder: "Tag", field: "postIds", referencedModel: "Post", references: "id" },
      },
    });
  });

  it("a self m-n orders its ends and lists by field name", () => {
    const relation = only(corpusModel("mongodb-many-to-many-self-id-lists").relations);
    if (relation.kind !== "many-to-many" || relation.storage.kind !== "id-lists") throw new Error("not id lists");
    expect(relation.isSelf).toBe(true);
    expect([relation.a.field, relation.b.field]).toEqual(["followers", "following"]);
    expect([relation.storage.a.field, relation.storage.b.field]).toEqual(["followerIds", "followingIds"]);
  });

  it("a named m-n with Int ids keeps its name and field names (not database names)", () => {
    const relation = only(corpusModel("mongodb-many-to-many-int-ids-named").relations);
    if (relation.kind !== "many-to-many" || relation.storage.kind !== "id-lists") throw new Error("not id lists");
    expect(relation.name).toBe("Enrolment");
    expect(relation.storage.a).toEqual({
      holder: "Course",
      field: "studentIds",
      referencedModel: "Student",
      references: "id",
    });
    expect(relation.storage.b.field).toBe("courseIds");
  });
});

describe("relation fields", () => {
  it("carry the relation name of the relation they belong to", () => {
    const model = corpusModel("relations-one-named-one-unnamed");
    const user = createModelIndex(model).model("User");
    const names = user?.fields
      .filter((field) => field.kind === "relation")
      .map((field) => field.kind === "relation" && field.relationName);
    expect(names).toEqual(["PostToUser", "Pinned"]);
  });
});
