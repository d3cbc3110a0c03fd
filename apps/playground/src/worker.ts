/// <reference lib="webworker" />
import { generateAll } from "./logic/generate.js";
import { checkJson, loadZodModule, type ZodModule } from "./logic/run-zod.js";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol.js";

// Generation runs here, off the page's thread, so typing stays smooth on large schemas.
let cached: { source: string; module: ZodModule } | undefined;

function answer(request: WorkerRequest): WorkerResponse {
  if (request.kind === "generate") {
    const started = performance.now();
    const outputs = generateAll(request.schema);
    return { id: request.id, kind: "generate", outputs, ms: performance.now() - started };
  }
  if (cached?.source !== request.zod) cached = { source: request.zod, module: loadZodModule(request.zod) };
  return { id: request.id, kind: "check", result: checkJson(cached.module, request.schemaName, request.json) };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  let response: WorkerResponse;
  try {
    response = answer(event.data);
  } catch (error) {
    response = { id: event.data.id, kind: "failure", error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(response);
};
