export { type CorpusSchema, corpusDirectory, loadCorpus, loadValidCorpus, readExpectation } from "./corpus.js";
export type {
  Catalog,
  CatalogColumn,
  CatalogExtension,
  CatalogForeignKey,
  CatalogIndex,
  CatalogTable,
} from "./engines/catalog.js";
export { createPglite, type PostgresQueryable, readPostgresCatalog, resetPostgres } from "./engines/postgres.js";
export {
  engineFactories,
  mysqlServerEngine,
  pgliteEngine,
  postgresServerEngine,
  type SqlEngine,
  sqliteEngine,
  type Violation,
} from "./engines/sql-engine.js";
export { createSqlite, readSqliteCatalog } from "./engines/sqlite.js";
export {
  hostileComments,
  hostileFoldedNames,
  hostileLongNames,
  hostileMongoSchema,
  hostileSchema,
  hostileTypeNames,
} from "./hostile.js";
export { type ImportOptions, type ImportReport, importGenerated } from "./import-generated.js";
export {
  type Cardinality,
  decodeMermaidText,
  type ParsedAttribute,
  type ParsedEntity,
  type ParsedErDiagram,
  type ParsedRelationship,
  parseMermaidErDiagram,
} from "./mermaid-parser.js";
export {
  type CheckedFile,
  type CheckedPlugin,
  type CheckedResult,
  checkPlugin,
  type PluginCheckInput,
  shuffleBlocks,
} from "./plugin-check.js";
export { type EngineProvider, prismaDdl, prismaMigrationDiff } from "./prisma-schema-engine.js";
export { prismaDatamodelUnion, removeUrls, type UnionVerdict, unionVerdict } from "./prisma-union.js";
export {
  type PrismaDatamodel,
  type PrismaDatamodelField,
  type PrismaDatamodelModel,
  type PrismaLintItem,
  type PrismaSchemaInput,
  type PrismaVerdict,
  type PrismaVersion,
  prismaDatamodel,
  prismaVerdict,
  prismaWhereUniqueCriteria,
} from "./prisma-validator.js";
export {
  loadRealisticSchemas,
  type RealisticSchema,
  type RealisticSchemaFile,
  realisticDirectory,
  realisticIsBundled,
} from "./realistic.js";
export { createRandom, fuzzSchema, type Random } from "./schema-fuzz.js";
export { randomSeed } from "./seed.js";
export { seededSample } from "./seeded-sample.js";
export { serveStatic } from "./static-server.js";
export { strictestCompilerOptions, typecheckProject } from "./typecheck.js";
export { withProvider } from "./with-provider.js";
