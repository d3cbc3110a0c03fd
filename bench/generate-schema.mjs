// Deterministic benchmark schemas: N models with 1-n, 1-1 and m-n relations, enums and indexes.

/** A PostgreSQL schema with `count` models; every model relates to its predecessor. */
export function generateSchema(count) {
  const blocks = [
    'datasource db {\n  provider = "postgresql"\n}\n',
    "enum Status {\n  DRAFT\n  ACTIVE\n  ARCHIVED\n}\n",
  ];
  const backFields = Array.from({ length: count }, () => []);
  const models = [];
  for (let i = 0; i < count; i++) {
    const lines = [
      "id        Int      @id @default(autoincrement())",
      "email     String   @unique @db.VarChar(320)",
      "name      String?",
      "status    Status   @default(DRAFT)",
      "createdAt DateTime @default(now())",
    ];
    if (i > 0) {
      const parent = `M${i - 1}`;
      lines.push(
        `parentId  Int`,
        `parent    ${parent} @relation("P${i}", fields: [parentId], references: [id], onDelete: Cascade)`,
      );
      backFields[i - 1].push(`children${i} M${i}[] @relation("P${i}")`);
      if (i % 5 === 0) {
        lines.push(
          `ownerId   Int      @unique`,
          `owner     ${parent} @relation("O${i}", fields: [ownerId], references: [id])`,
        );
        backFields[i - 1].push(`owned${i} M${i}? @relation("O${i}")`);
      }
      if (i % 10 === 0) {
        lines.push(`peers     ${parent}[] @relation("T${i}")`);
        backFields[i - 1].push(`peerOf${i} M${i}[] @relation("T${i}")`);
      }
    }
    models.push({ name: `M${i}`, lines, index: i > 0 ? "@@index([parentId])" : undefined });
  }
  for (const [i, model] of models.entries()) {
    const body = [...model.lines, ...backFields[i], ...(model.index ? ["", model.index] : [])];
    blocks.push(`model ${model.name} {\n${body.map((line) => (line ? `  ${line}` : "")).join("\n")}\n}\n`);
  }
  return blocks.join("\n");
}
