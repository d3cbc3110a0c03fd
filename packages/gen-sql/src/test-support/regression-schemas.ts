// Schemas of migration pairs that once failed, shared by the engine suites and the diff tests.

/**
 * Two foreign keys of `Project` sharing `tenantId` (one to `Tenant`, a longer one to `User`'s compound id), with
 * `userColumnMap` on `User.tenantId` and `projectTableMap` in `Project`'s block (e.g. an `@@map` renaming the table).
 */
export const sharedKeys = (userColumnMap: string, projectTableMap: string) => `model Tenant {
  id       Int       @id
  users    User[]
  projects Project[]
}

model User {
  tenantId Int       ${userColumnMap}
  id       Int
  tenant   Tenant    @relation(fields: [tenantId], references: [id])
  projects Project[]

  @@id([tenantId, id])
}

model Project {
  id       Int    @id
  tenantId Int
  ownerId  Int
  tenant   Tenant @relation(fields: [tenantId], references: [id])
  owner    User   @relation(fields: [tenantId, ownerId], references: [tenantId, id])
  ${projectTableMap}
}
`;
