import type { PlaygroundOutputs } from "./logic/generate.js";
import type { ZodCheck } from "./logic/run-zod.js";

/** A message from the page to the generation worker. */
export type WorkerRequest =
  | { readonly id: number; readonly kind: "generate"; readonly schema: string }
  | {
      readonly id: number;
      readonly kind: "check";
      readonly zod: string;
      readonly schemaName: string;
      readonly json: string;
    };

/** The worker's answer to a request with the same id. */
export type WorkerResponse =
  | { readonly id: number; readonly kind: "generate"; readonly outputs: PlaygroundOutputs; readonly ms: number }
  | { readonly id: number; readonly kind: "check"; readonly result: ZodCheck }
  | { readonly id: number; readonly kind: "failure"; readonly error: string };
