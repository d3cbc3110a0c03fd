export { parseSchema, type ParseResult, type SchemaFile } from "./parse-schema.js";
export { formatDiagnostic, formatDiagnostics, type FormatOptions } from "./diagnostics/format-diagnostics.js";
export type { Diagnostic, Position, Range, Severity } from "./diagnostics/diagnostic.js";
export { diagnosticCodes, type DiagnosticCode } from "./diagnostics/codes.js";
export { createModelIndex, relationEnds, type ModelIndex } from "./model/lookup.js";
export { defaultRelationName } from "./analysis/pair-relations.js";
export { scalarTypeNames } from "./model/types.js";
export type {
  CompositeType,
  Datasource,
  DefaultValue,
  Enum,
  EnumValue,
  Field,
  FieldType,
  ForeignKey,
  GeneratorConfig,
  IndexDefinition,
  IndexField,
  JoinTable,
  JoinTableColumn,
  ManyToManyRelation,
  Model,
  NativeType,
  OneToManyRelation,
  OneToOneRelation,
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
export type { Generator, GeneratedFile, GeneratorResult } from "./generator.js";
