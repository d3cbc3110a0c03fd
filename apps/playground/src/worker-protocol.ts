import type { QuickOutputs } from "./logic/generate.js";
import type { CodeOutputs } from "./logic/generate-code.js";
import type { PlaygroundOptions } from "./logic/options.js";
import type { ZodCheck } from "./logic/run-zod.js";

/** A message from the page to the generation worker. */
export type WorkerRequest =
  | {
      readonly id: number;
      readonly kind: "generate";
      readonly schema: string;
      readonly options: PlaygroundOptions;
    }
  | { readonly id: number; readonly kind: "code" }
  | {
      readonly id: number;
      readonly kind: "check";
      readonly zod: string;
      readonly schemaName: string;
      readonly json: string;
    };

/**
 * The worker's answers to a request with the same id. `generate` is answered with the quick outputs (diagram, SQL,
 * diagnostics); a `code` request for the same id then gets types and zod (the TypeScript compiler loads first).
 * Invalid schemas and superseded ids get no `code` answer.
 */
export type WorkerResponse =
  | { readonly id: number; readonly kind: "generate"; readonly outputs: QuickOutputs; readonly ms: number }
  | { readonly id: number; readonly kind: "code"; readonly outputs: CodeOutputs; readonly ms: number }
  | { readonly id: number; readonly kind: "check"; readonly result: ZodCheck }
  | { readonly id: number; readonly kind: "failure"; readonly error: string };
