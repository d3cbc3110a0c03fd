import type { SchemaModel, TypeScriptText } from "@cardinal/core";
import type { Names } from "../naming.js";
import type { ResolvedTypesOptions } from "../options.js";

/** Logical modules of the per-model layout; in the single-file layout they are all `index`. */
export type ModuleId = "common" | "enums" | "composites" | "client" | "transport" | "index" | `models/${string}`;

/** Where an emitter writes, and how it records the names it uses from other modules. */
export interface EmitContext {
  readonly schema: SchemaModel;
  readonly names: Names;
  readonly options: ResolvedTypesOptions;
  /** Adds a declaration (plain data, printed by `printStatements`) to the module; files are printed once, from all of them. */
  add(statement: TypeScriptText.Statement): void;
  readonly module: ModuleId;
  /** Records that this module uses `name`, declared in `from` (a type-only import in the per-model layout). */
  use(name: string, from: ModuleId): string;
}
