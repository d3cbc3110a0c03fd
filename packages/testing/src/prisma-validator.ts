import { createRequire } from "node:module";

/** One diagnostic from Prisma's `lint`, with offsets as JavaScript string indices. */
export interface PrismaLintItem {
  readonly file_name: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly is_warning: boolean;
}

/** Prisma's verdict on a schema: valid or not, with its error messages. */
export interface PrismaVerdict {
  readonly valid: boolean;
  /** Prisma's wasm module panicked (a Prisma bug; seen on some malformed inputs): there is no verdict. */
  readonly crashed: boolean;
  readonly errors: readonly PrismaLintItem[];
  readonly warnings: readonly PrismaLintItem[];
}

interface PrismaSchemaWasm {
  validate(params: string): void;
  lint(input: string): string;
  get_datamodel(params: string): string;
  get_dmmf(params: string): string;
}

/**
 * The two Prisma validators Cardinal is measured against: `"7"` is Prisma 7 (8.1.0-2, rejects `url` in a
 * datasource), `"6.19"` is Prisma 6.19 (requires `url`). See `unionVerdict()` for how the two are combined.
 */
export type PrismaVersion = "6.19" | "7";

const packages: Readonly<Record<PrismaVersion, string>> = {
  "6.19": "@prisma/prisma-schema-wasm-6",
  "7": "@prisma/prisma-schema-wasm",
};

const require = createRequire(import.meta.url);
const loaded = new Map<PrismaVersion, PrismaSchemaWasm>();

function loadWasm(version: PrismaVersion): PrismaSchemaWasm {
  let wasm = loaded.get(version);
  if (!wasm) {
    wasm = require(packages[version]) as PrismaSchemaWasm;
    loaded.set(version, wasm);
  }
  return wasm;
}

/** A schema as Prisma's wasm API takes it: one text, or `[fileName, content]` pairs. */
export type PrismaSchemaInput = string | readonly (readonly [string, string])[];

/**
 * Asks one version of Prisma's own validator (`@prisma/prisma-schema-wasm`) whether a schema is valid, as written.
 * `validate` decides the verdict; `lint` supplies the messages (it never throws).
 * @param version which Prisma; @default "7"
 */
export function prismaVerdict(schema: PrismaSchemaInput, version: PrismaVersion = "7"): PrismaVerdict {
  const api = loadWasm(version);
  let valid = true;
  try {
    api.validate(JSON.stringify({ prismaSchema: schema, noColor: true }));
  } catch (error) {
    if (isPanic(error)) return { valid: false, crashed: true, errors: [], warnings: [] };
    valid = false;
  }
  let items: PrismaLintItem[];
  try {
    items = JSON.parse(api.lint(JSON.stringify(schema))) as PrismaLintItem[];
  } catch (error) {
    if (isPanic(error)) return { valid, crashed: true, errors: [], warnings: [] };
    throw error;
  }
  return {
    valid,
    crashed: false,
    errors: items.filter((item) => !item.is_warning),
    warnings: items.filter((item) => item.is_warning),
  };
}

/** A Rust panic surfaces as a WebAssembly `RuntimeError` (`unreachable`), not as a validation error. */
function isPanic(error: unknown): boolean {
  return (
    error instanceof Error && (error.constructor.name === "RuntimeError" || /unreachable|panicked/.test(error.message))
  );
}

/**
 * Prisma's data model (`get_datamodel`) for a schema that this version accepts: the reference the relation model is
 * compared with. Throws when the version rejects the schema.
 * @param version which Prisma; @default "7"
 */
export function prismaDatamodel(schema: PrismaSchemaInput, version: PrismaVersion = "7"): PrismaDatamodel {
  const api = loadWasm(version);
  return JSON.parse(api.get_datamodel(JSON.stringify({ prismaSchema: schema, noColor: true }))) as PrismaDatamodel;
}

/**
 * The unique criteria Prisma's client takes in `findUnique({ where })` for each model, as its query schema
 * (`get_dmmf`) lists them in `<Model>WhereUniqueInput`: field names and compound names, in Prisma's order.
 */
export function prismaWhereUniqueCriteria(
  schema: PrismaSchemaInput,
  version: PrismaVersion = "7",
): Record<string, readonly string[]> {
  const api = loadWasm(version);
  const dmmf = JSON.parse(api.get_dmmf(JSON.stringify({ prismaSchema: schema, noColor: true }))) as {
    schema: { inputObjectTypes: { prisma?: { name: string; constraints?: { fields?: string[] | null } }[] } };
  };
  const criteria: Record<string, readonly string[]> = {};
  for (const type of dmmf.schema.inputObjectTypes.prisma ?? []) {
    const model = /^(.+)WhereUniqueInput$/.exec(type.name)?.[1];
    if (model) criteria[model] = type.constraints?.fields ?? [];
  }
  return criteria;
}

/** The parts of Prisma's `get_datamodel` output that Cardinal compares with. */
export interface PrismaDatamodel {
  readonly models: readonly PrismaDatamodelModel[];
  readonly enums: readonly {
    readonly name: string;
    readonly dbName: string | null;
    readonly values: readonly { readonly name: string; readonly dbName: string | null }[];
  }[];
}

/** A model in Prisma's `get_datamodel` output. */
export interface PrismaDatamodelModel {
  readonly name: string;
  readonly dbName: string | null;
  readonly fields: readonly PrismaDatamodelField[];
  readonly primaryKey: { readonly name: string | null; readonly fields: readonly string[] } | null;
  readonly uniqueFields: readonly (readonly string[])[];
  readonly uniqueIndexes: readonly { readonly name: string | null; readonly fields: readonly string[] }[];
}

/** A field in Prisma's `get_datamodel` output. */
export interface PrismaDatamodelField {
  readonly name: string;
  readonly dbName: string | null;
  readonly kind: "scalar" | "object" | "enum" | "unsupported";
  readonly type: string;
  readonly isList: boolean;
  readonly isRequired: boolean;
  readonly isUnique: boolean;
  readonly isId: boolean;
  readonly relationName?: string | null;
  readonly relationFromFields?: readonly string[];
  readonly relationToFields?: readonly string[];
  readonly relationOnDelete?: string;
  readonly relationOnUpdate?: string;
}
