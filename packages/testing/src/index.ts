export { corpusDirectory, loadCorpus, loadValidCorpus, readExpectation, type CorpusSchema } from "./corpus.js";
export {
  prismaDatamodel,
  prismaVerdict,
  type PrismaDatamodel,
  type PrismaDatamodelField,
  type PrismaDatamodelModel,
  type PrismaLintItem,
  type PrismaSchemaInput,
  type PrismaVerdict,
} from "./prisma-validator.js";
export { randomSeed } from "./seed.js";
