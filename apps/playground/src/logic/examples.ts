/** A schema in the playground's gallery. */
export interface Example {
  readonly id: string;
  readonly title: string;
  /** What the example shows, in one sentence. */
  readonly summary: string;
  readonly schema: string;
}

const datasource = `datasource db {
  provider = "postgresql"
}
`;

function example(id: string, title: string, summary: string, models: string): Example {
  return { id, title, summary, schema: `${datasource}\n${models.trim()}\n` };
}

/** The gallery: the relation patterns of Prisma's relation pages, each a complete, valid schema. */
export const examples: readonly Example[] = [
  example(
    "one-to-one",
    "1-1 with a unique foreign key",
    "Profile holds the foreign key; @unique makes it one-to-one.",
    `
model User {
  id      Int      @id @default(autoincrement())
  email   String   @unique
  profile Profile?
}

model Profile {
  id     Int    @id @default(autoincrement())
  bio    String
  user   User   @relation(fields: [userId], references: [id])
  userId Int    @unique
}`,
  ),
  example(
    "one-to-one-email",
    "1-1 referencing a unique email",
    "The foreign key points at a unique non-id field.",
    `
model User {
  id      Int      @id @default(autoincrement())
  email   String   @unique
  profile Profile?
}

model Profile {
  id        Int    @id @default(autoincrement())
  user      User   @relation(fields: [userEmail], references: [email])
  userEmail String @unique
}`,
  ),
  example(
    "composite-one-to-one",
    "Composite 1-1",
    "A two-column foreign key to a composite id, unique as a pair.",
    `
model User {
  firstName String
  lastName  String
  profile   Profile?

  @@id([firstName, lastName])
}

model Profile {
  id            Int    @id @default(autoincrement())
  user          User   @relation(fields: [userFirstName, userLastName], references: [firstName, lastName])
  userFirstName String
  userLastName  String

  @@unique([userFirstName, userLastName])
}`,
  ),
  example(
    "shared-primary-key",
    "Shared primary key",
    "Profile's id is also its foreign key: an identifying one-to-one.",
    `
model User {
  id      Int      @id @default(autoincrement())
  email   String   @unique
  profile Profile?
}

model Profile {
  userId Int    @id
  bio    String
  user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)
}`,
  ),
  example(
    "optional-one-to-one",
    "Optional vs mandatory 1-1",
    "A passport must have a person; a parking spot may have a car.",
    `
model Person {
  id       Int       @id @default(autoincrement())
  name     String
  passport Passport?
  car      Car?
}

model Passport {
  id       Int    @id @default(autoincrement())
  number   String @unique
  person   Person @relation(fields: [personId], references: [id])
  personId Int    @unique
}

model Car {
  id      Int     @id @default(autoincrement())
  plate   String  @unique
  owner   Person? @relation(fields: [ownerId], references: [id])
  ownerId Int?    @unique
}`,
  ),
  example(
    "one-to-many",
    "1-n optional and mandatory",
    "Every post has an author; a post may have a category.",
    `
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts Post[]
}

model Category {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}

model Post {
  id         Int       @id @default(autoincrement())
  title      String
  author     User      @relation(fields: [authorId], references: [id])
  authorId   Int
  category   Category? @relation(fields: [categoryId], references: [id], onDelete: SetNull)
  categoryId Int?
}`,
  ),
  example(
    "many-to-many",
    "Implicit m-n",
    "Posts and tags through an implicit join table _PostToTag.",
    `
model Post {
  id    Int    @id @default(autoincrement())
  title String
  tags  Tag[]
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}`,
  ),
  example(
    "self-relations",
    "Self-relations",
    "A user's mentor (1-n), successor (1-1) and followers (m-n), all on one model.",
    `
model User {
  id          Int     @id @default(autoincrement())
  name        String
  mentorId    Int?
  mentor      User?   @relation("Mentoring", fields: [mentorId], references: [id])
  mentees     User[]  @relation("Mentoring")
  successorId Int?    @unique
  successor   User?   @relation("Succession", fields: [successorId], references: [id])
  predecessor User?   @relation("Succession")
  followedBy  User[]  @relation("Follows")
  following   User[]  @relation("Follows")
}`,
  ),
  example(
    "several-relations",
    "Several relations between the same models",
    "Named relations keep a post's author and its editor apart.",
    `
model User {
  id     Int    @id @default(autoincrement())
  email  String @unique
  posts  Post[] @relation("WrittenPosts")
  edits  Post[] @relation("EditedPosts")
}

model Post {
  id       Int   @id @default(autoincrement())
  author   User  @relation("WrittenPosts", fields: [authorId], references: [id])
  authorId Int
  editor   User? @relation("EditedPosts", fields: [editorId], references: [id])
  editorId Int?
}`,
  ),
];

/** The example with an id, or the first one. */
export function exampleById(id: string | null | undefined): Example {
  return examples.find((entry) => entry.id === id) ?? (examples[0] as Example);
}
