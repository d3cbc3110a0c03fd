import type { PlaygroundOutputs } from "../logic/generate.js";
import type { ZodCheck } from "../logic/run-zod.js";
import type { WorkerRequest, WorkerResponse } from "../worker-protocol.js";

/** Talks to the generation worker; a newer `generate` makes older answers irrelevant (they resolve to undefined). */
export function createWorkerClient() {
  const worker = new Worker(new URL("../worker.ts", import.meta.url), { type: "module" });
  const pending = new Map<number, (response: WorkerResponse) => void>();
  let nextId = 1;
  let latestGenerate = 0;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  const send = (request: WorkerRequest) =>
    new Promise<WorkerResponse>((resolve) => {
      pending.set(request.id, resolve);
      worker.postMessage(request);
    });
  return {
    async generate(
      schema: string,
    ): Promise<{ outputs: PlaygroundOutputs; ms: number } | { error: string } | undefined> {
      const id = nextId++;
      latestGenerate = id;
      const response = await send({ id, kind: "generate", schema });
      if (id !== latestGenerate) return undefined;
      if (response.kind === "failure") return { error: response.error };
      return response.kind === "generate" ? { outputs: response.outputs, ms: response.ms } : undefined;
    },
    async check(zod: string, schemaName: string, json: string): Promise<ZodCheck> {
      const response = await send({ id: nextId++, kind: "check", zod, schemaName, json });
      if (response.kind === "check") return response.result;
      return { ok: false, error: response.kind === "failure" ? response.error : "unexpected answer" };
    },
  };
}
