import { describe, expect, it } from "vitest";
import { validModel } from "../test-support/schemas.js";
import { formatRelationSummary } from "./relation-summary.js";

describe("formatRelationSummary()", () => {
  it("lists each relation with its kind, ends and key, aligned", () => {
    const model = validModel(
      "model User {\n  id Int @id\n  profile Profile?\n  tags Tag[]\n}\nmodel Profile {\n  userId Int @id\n  user User @relation(fields: [userId], references: [id])\n}\nmodel Tag {\n  id Int @id\n  users User[]\n}\n",
    );
    expect(formatRelationSummary(model)).toBe(
      [
        "3 models, 0 enums, 2 relations",
        "  1-1 identifying  Profile.user → User.profile  FK Profile(userId), unique → User(id); onDelete Restrict, onUpdate Cascade",
        "  m-n              Tag.users ↔ User.tags        join table _TagToUser (A → Tag.id, B → User.id)",
      ].join("\n"),
    );
  });

  it("describes MongoDB's id lists instead of a join table", () => {
    const model = validModel(
      'datasource db {\n  provider = "mongodb"\n}\nmodel Post {\n  id String @id @map("_id") @db.ObjectId\n  tagIds String[] @db.ObjectId\n  tags Tag[] @relation(fields: [tagIds], references: [id])\n}\nmodel Tag {\n  id String @id @map("_id") @db.ObjectId\n  postIds String[] @db.ObjectId\n  posts Post[] @relation(fields: [postIds], references: [id])\n}\n',
    );
    expect(formatRelationSummary(model).split("\n")[1]).toBe(
      "  m-n  Post.tags ↔ Tag.posts  id lists Post.tagIds → Tag(id), Tag.postIds → Post(id)",
    );
  });
});
