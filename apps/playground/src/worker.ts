/// <reference lib="webworker" />
import { generateQuick } from "./logic/generate.js";
import type { ZodModule } from "./logic/run-zod.js";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol.js";

// Generation runs here, off the page's thread, so typing stays smooth on large schemas. gen-types, gen-zod and the
// zod runner need TypeScript (megabytes): they are imported after the quick outputs are posted.
let cached: { source: string; module: ZodModule } | undefined;
let latest: Extract<WorkerRequest, { kind: "generate" }> | undefined;
const post = (response: WorkerResponse) => (self as unknown as Worker).postMessage(response);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function answer(request: WorkerRequest): Promise<void> {
  if (request.kind === "generate") {
    latest = request;
    const started = performance.now();
    const outputs = generateQuick(request.schema, request.options);
    post({ id: request.id, kind: "generate", outputs, ms: performance.now() - started });
    return;
  }
  if (request.kind === "code") {
    const { generateCode, prepareAnnotations } = await import("./logic/generate-code.js");
    if (latest) await prepareAnnotations(latest.schema);
    if (!latest || request.id !== latest.id) return; // a newer schema arrived while TypeScript loaded
    const started = performance.now();
    const code = generateCode(latest.schema, latest.options);
    post({ id: request.id, kind: "code", outputs: code, ms: performance.now() - started });
    return;
  }
  const { checkJson, loadZodModule } = await import("./logic/run-zod.js");
  if (cached?.source !== request.zod) cached = { source: request.zod, module: loadZodModule(request.zod) };
  post({ id: request.id, kind: "check", result: checkJson(cached.module, request.schemaName, request.json) });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  answer(event.data).catch((error: unknown) => post({ id: event.data.id, kind: "failure", error: message(error) }));
};
