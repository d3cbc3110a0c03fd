import type { QuickOutputs } from "../logic/generate.js";
import type { CodeOutputs } from "../logic/generate-code.js";
import type { PlaygroundOptions } from "../logic/options.js";
import type { ZodCheck } from "../logic/run-zod.js";
import type { WorkerRequest, WorkerResponse } from "../worker-protocol.js";

/** The answers to one `generate`: quick outputs first, then the code outputs (types, zod) or an error. */
export interface GenerateHandlers {
  quick(outputs: QuickOutputs, ms: number): void;
  code(outputs: CodeOutputs, ms: number): void;
  failure(error: string): void;
}

/** Talks to the generation worker; a newer `generate` makes older answers irrelevant (they are dropped). */
export function createWorkerClient() {
  const worker = new Worker(new URL("../worker.ts", import.meta.url), { type: "module" });
  const checks = new Map<number, (response: WorkerResponse) => void>();
  let nextId = 1;
  let latestGenerate = 0;
  let handlers: GenerateHandlers | undefined;
  worker.onmessage = ({ data }: MessageEvent<WorkerResponse>) => {
    const check = checks.get(data.id);
    if (check) {
      checks.delete(data.id);
      check(data);
      return;
    }
    if (data.id !== latestGenerate || !handlers) return;
    if (data.kind === "generate") handlers.quick(data.outputs, data.ms);
    else if (data.kind === "code") handlers.code(data.outputs, data.ms);
    else if (data.kind === "failure") handlers.failure(data.error);
  };
  const post = (request: WorkerRequest) => worker.postMessage(request);
  return {
    /** Starts generation; only the newest request's answers reach `next`. */
    generate(schema: string, options: PlaygroundOptions, next: GenerateHandlers): void {
      latestGenerate = nextId++;
      handlers = next;
      post({ id: latestGenerate, kind: "generate", schema, options });
    },
    /** Asks for the newest request's types and zod (the worker loads TypeScript for them). */
    continueWithCode(): void {
      post({ id: latestGenerate, kind: "code" });
    },
    check(zod: string, schemaName: string, json: string): Promise<ZodCheck> {
      const id = nextId++;
      return new Promise((resolve) => {
        checks.set(id, (response) => {
          if (response.kind === "check") resolve(response.result);
          else resolve({ ok: false, error: response.kind === "failure" ? response.error : "unexpected answer" });
        });
        post({ id, kind: "check", zod, schemaName, json });
      });
    },
  };
}
