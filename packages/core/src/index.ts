export { defaultRelationName } from "./analysis/pair-relations.js";
export { type DiagnosticCode, diagnosticCodes } from "./diagnostics/codes.js";
export type { Diagnostic, Position, Range, Severity } from "./diagnostics/diagnostic.js";
export { type FormatOptions, formatDiagnostic, formatDiagnostics } from "./diagnostics/format-diagnostics.js";
export {
  defineGenerator,
  type EmbeddedBlock,
  type EmbedResult,
  type GeneratedFile,
  type Generator,
  type GeneratorPlugin,
  type GeneratorResult,
  isGeneratorPlugin,
  lazyOptionsSchema,
  type OptionsIssue,
  type OptionsSchema,
} from "./generator.js";
export {
  type ConstraintKind,
  defaultConstraintName,
  explicitKeyName,
  maxIdentifierLength,
} from "./model/constraint-names.js";
export { createModelIndex, type ModelIndex, relationEnds } from "./model/lookup.js";
export { formatRelationSummary } from "./model/relation-summary.js";
export type {
  CompositeType,
  DatabaseExtension,
  Datasource,
  DefaultValue,
  DocumentationLine,
  Enum,
  EnumValue,
  Field,
  FieldType,
  ForeignKey,
  GeneratorConfig,
  GeneratorProperty,
  IdList,
  IdLists,
  IndexCondition,
  IndexConditionValue,
  IndexDefinition,
  IndexField,
  IndexPredicate,
  JoinTable,
  JoinTableColumn,
  ManyToManyRelation,
  ManyToManyStorage,
  Model,
  NativeType,
  OneToManyRelation,
  OneToOneRelation,
  OperatorClass,
  PrimaryKey,
  Provider,
  ReferentialAction,
  ReferentialActionInfo,
  Relation,
  RelationEnd,
  RelationField,
  RelationKind,
  ScalarField,
  ScalarTypeName,
  SchemaModel,
  SourceLocation,
} from "./model/types.js";
export { scalarTypeNames } from "./model/types.js";
export { type UniqueCriterion, uniqueCriteria } from "./model/unique-criteria.js";
export { fileNameKey, maxFileStemBytes, uniqueFileNames } from "./naming/file-names.js";
export { typeScriptReservedNames } from "./naming/reserved-names.js";
export {
  acceptOptions,
  type BooleanRule,
  type OneOfRule,
  type OptionRule,
  type OptionRules,
  type OptionsMatch,
  type OptionsOf,
  option,
  type PositiveIntegerRule,
  type RecordRule,
  type RuleValue,
  ruledOptionsSchema,
  type StringListRule,
  type TextRule,
} from "./options-rules.js";
export {
  createParseCache,
  type ParseCache,
  type ParseOptions,
  type ParseResult,
  parseSchema,
  type SchemaFile,
  type ValidationResult,
  validateSchema,
} from "./parse-schema.js";
export { CodeWriter } from "./typescript-text/code-writer.js";
export { printStatements } from "./typescript-text/print-statements.js";
export { commentSafe, docsOf, propertyKey } from "./typescript-text/safe-text.js";
export type * as TypeScriptText from "./typescript-text/structures.js";
