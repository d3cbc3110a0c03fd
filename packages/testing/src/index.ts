export { type CorpusSchema, corpusDirectory, loadCorpus, loadValidCorpus, readExpectation } from "./corpus.js";
export {
  type PrismaDatamodel,
  type PrismaDatamodelField,
  type PrismaDatamodelModel,
  type PrismaLintItem,
  type PrismaSchemaInput,
  type PrismaVerdict,
  prismaDatamodel,
  prismaVerdict,
} from "./prisma-validator.js";
export { randomSeed } from "./seed.js";
