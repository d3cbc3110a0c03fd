import type { GeneratedFile } from "@cardinal/core";
import type { TypesOptions } from "@cardinal/gen-types";

/** The options the app generates with. */
export declare const options: TypesOptions;
/** The generated files of the app's schema. */
export declare function generatedFiles(): GeneratedFile[];
