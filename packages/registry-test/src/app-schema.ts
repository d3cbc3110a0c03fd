/** A small PostgreSQL schema with an enum and one-to-one, one-to-many and many-to-many relations. */
export const appSchema = `datasource db {
  provider = "postgresql"
}

enum Role {
  USER
  ADMIN
}

model User {
  id      Int      @id @default(autoincrement())
  email   String   @unique
  role    Role     @default(USER)
  profile Profile?
  posts   Post[]
}

model Profile {
  id     Int    @id @default(autoincrement())
  bio    String
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id])
}

model Post {
  id       Int      @id @default(autoincrement())
  title    String
  authorId Int
  author   User     @relation(fields: [authorId], references: [id])
  tags     Tag[]
  created  DateTime @default(now())
}

model Tag {
  id    Int    @id
  posts Post[]
}
`;
