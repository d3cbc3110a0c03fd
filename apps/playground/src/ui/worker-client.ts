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
function createWorkerClient() {
  const worker = new Worker(new URL("../worker.ts", import.meta.url), { type: "module" });
  const checks = new Map<number, (response: WorkerResponse) => void>();
  let nextId = 1;
  let latestGenerate = 0;
  let handlers: GenerateHandlers | undefined;
  // A generation started before the app's code ran (see `prefetch`): its request and the answers so far.
  let early: { key: string; answers: WorkerResponse[]; onQuick?: (outputs: QuickOutputs) => void } | undefined;
  const deliver = (data: WorkerResponse) => {
    if (!handlers) return;
    if (data.kind === "generate") handlers.quick(data.outputs, data.ms);
    else if (data.kind === "code") handlers.code(data.outputs, data.ms);
    else if (data.kind === "failure") handlers.failure(data.error);
  };
  worker.onmessage = ({ data }: MessageEvent<WorkerResponse>) => {
    const check = checks.get(data.id);
    if (check) {
      checks.delete(data.id);
      check(data);
      return;
    }
    if (data.id !== latestGenerate) return;
    if (!handlers) {
      early?.answers.push(data);
      if (data.kind === "generate") early?.onQuick?.(data.outputs);
    }
    deliver(data);
  };
  const post = (request: WorkerRequest) => worker.postMessage(request);
  return {
    /**
     * Starts generating before anyone listens (the page's entry does, while the app's code loads); `onQuick` gets the
     * quick outputs if they come before the app listens (the entry draws the first diagram with them).
     */
    prefetch(schema: string, options: PlaygroundOptions, onQuick?: (outputs: QuickOutputs) => void): void {
      latestGenerate = nextId++;
      early = { key: JSON.stringify([schema, options]), answers: [], ...(onQuick ? { onQuick } : {}) };
      post({ id: latestGenerate, kind: "generate", schema, options });
    },
    /** Starts generation; only the newest request's answers reach `next`. A prefetched identical one is reused. */
    generate(schema: string, options: PlaygroundOptions, next: GenerateHandlers): void {
      handlers = next;
      const reuse = early?.key === JSON.stringify([schema, options]) ? early : undefined;
      early = undefined;
      if (reuse) {
        for (const answer of reuse.answers) deliver(answer);
        return;
      }
      latestGenerate = nextId++;
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

let shared: ReturnType<typeof createWorkerClient> | undefined;

/** The page's one worker client (created on first use). */
export function workerClient(): ReturnType<typeof createWorkerClient> {
  shared ??= createWorkerClient();
  return shared;
}
