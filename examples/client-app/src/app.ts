import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Readable } from "node:stream";
import ts from "typescript";
import { type Call, createHandler, prismaExecutor, toFetchHandler } from "../generated/server.js";

/** A running app: its URL and how to stop it. */
export interface App {
  readonly url: string;
  close(): Promise<void>;
}

const root = join(import.meta.dirname, "..");

/** The generated client as browser JavaScript (type-only parts erased). */
function clientScript(): string {
  const source = readFileSync(join(root, "generated/index.ts"), "utf8");
  return ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}

/** Node's request as a fetch Request (the body streamed, not buffered). */
function toRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(key, value);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(`http://localhost${request.url ?? "/"}`, {
    method: request.method ?? "GET",
    headers,
    ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  } as RequestInit);
}

/**
 * The app: `/` is the page, `/client.js` the generated client, `/api` the generated handler over `prisma`.
 * The policy refuses every `deleteMany` and `User.updateMany`; `onCall` sees each call that reaches Prisma.
 */
export async function startApp(prisma: object, onCall: (call: Call) => void): Promise<App> {
  const run = prismaExecutor(prisma);
  const handler = createHandler(
    async (call) => {
      onCall(call);
      return run(call);
    },
    {
      maxTake: 50,
      maxDepth: 3,
      policy: (call) => call.action !== "deleteMany" && !(call.model === "User" && call.action === "updateMany"),
    },
  );
  const api = toFetchHandler(handler, { maxBodyBytes: 1_000_000 });
  const page = readFileSync(join(import.meta.dirname, "page.html"), "utf8");
  const script = clientScript();
  const send = (response: ServerResponse, status: number, type: string, body: string) => {
    response.writeHead(status, { "content-type": type });
    response.end(body);
  };
  const server = createServer((request, response) => {
    if (request.url === "/") return send(response, 200, "text/html", page);
    if (request.url === "/client.js") return send(response, 200, "text/javascript", script);
    if (request.url !== "/api") return send(response, 404, "text/plain", "not found");
    api(toRequest(request)).then(
      async (answer) => send(response, answer.status, "application/json", await answer.text()),
      () => send(response, 500, "text/plain", "failed"),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
