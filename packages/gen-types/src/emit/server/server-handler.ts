import type { HelperNames } from "../../naming.js";

/*
 * The handler of the server side: `createHandler(executor, options)` checks the envelope, the model, the action,
 * the nesting depth and the whole arguments (zod), asks the policy, then the executor; `toFetchHandler` adapts it
 * to `Request -> Response`; `prismaExecutor` runs calls on a Prisma Client object. Fixed source text: only the
 * helper names (`ModelName`, `Action`, `encode`, `decode`) are inserted.
 */

/** The handler part of `server.ts`. */
export function serverHandlerText(names: HelperNames): string {
  return String.raw`/** One call, as the client sends it and the executor receives it. */
export interface Call {
  readonly model: ModelName;
  readonly action: Action;
  readonly args: unknown;
}

/** Runs a validated call on the data (a Prisma Client, an ORM, a test double). */
export type Executor = (call: Call) => globalThis.Promise<unknown>;

/** The policy's answer: \`true\` runs the call, \`false\` refuses it (403), \`{ args }\` runs it with these arguments. */
export type PolicyDecision = boolean | { readonly args: unknown };

/** Limits and the policy hook of \`createHandler\`. */
export interface HandlerOptions<C = undefined> {
  /** The largest \`take\` (top level and nested); a larger one is refused. @default 100 */
  readonly maxTake?: number;
  /** How many relations deep \`select\` and \`include\` may nest. @default 3 */
  readonly maxDepth?: number;
  /** How deep the arguments may nest at all (objects and arrays). @default 32 */
  readonly maxNesting?: number;
  /**
   * Decides each valid call, e.g. refuse \`deleteMany\` or scope \`where\` to the current user.
   * @example policy: (call, user) => call.action === "deleteMany" ? false : true
   */
  readonly policy?: (call: Call, context: C) => PolicyDecision | globalThis.Promise<PolicyDecision>;
}

/** A problem in the request, located by its path (\`["args", "where", "email"]\`). */
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** What the handler answers: the data, or a status with a message (and issues for a 400). */
export type HandlerResult =
  | { readonly status: 200; readonly data: unknown }
  | { readonly status: 400 | 403 | 404 | 409 | 500; readonly error: { readonly message: string; readonly issues?: readonly Issue[]; readonly code?: string } };

/** A handler: a decoded request (\`{ model, action, args }\`) and the caller's context in, a result out. */
export type Handler<C = undefined> = (request: unknown, context?: C) => globalThis.Promise<HandlerResult>;

const refuse = (status: 400 | 403 | 404 | 409 | 500, message: string, issues?: readonly Issue[], code?: string): HandlerResult => ({
  status,
  error: { message, ...(issues === undefined ? {} : { issues }), ...(code === undefined ? {} : { code }) },
});

/** Whether a value nests at most \`max\` objects and arrays deep (iterative: no stack to overflow). */
function withinNesting(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [item, depth] = top;
    if (typeof item !== "object" || item === null || item instanceof globalThis.Date || item instanceof globalThis.Uint8Array) continue;
    if (depth >= max) return false;
    for (const child of globalThis.Object.values(item)) stack.push([child, depth + 1]);
  }
  return true;
}

const own = (record: object, key: string): boolean => globalThis.Object.prototype.hasOwnProperty.call(record, key);

/**
 * A handler that validates every request before the executor sees it: the envelope \`{ model, action, args }\`, a
 * known model and one of its actions, the nesting depth, then the whole \`args\` against the generated zod schemas
 * (unknown keys, wrong types, \`take\` above \`maxTake\`, relations deeper than \`maxDepth\`): a 400 with located
 * issues. Then the policy (403 when it refuses), then the executor. Prisma's known errors become 404 (P2025),
 * 409 (P2002) or 400 (other P2xxx); anything else a 500 without details.
 * @example const handle = createHandler(prismaExecutor(prisma), { maxTake: 50, policy: (call) => call.action !== "deleteMany" });
 */
export function createHandler<C = undefined>(executor: Executor, options: HandlerOptions<C> = {}): Handler<C> {
  const schemaOf = argumentSchemas(options.maxTake ?? 100, options.maxDepth ?? 3);
  const maxNesting = options.maxNesting ?? 32;
  return async (request, context) => {
    if (typeof request !== "object" || request === null || globalThis.Array.isArray(request))
      return refuse(400, "a request is { model, action, args }");
    const extra = globalThis.Object.keys(request).filter((key) => key !== "model" && key !== "action" && key !== "args");
    if (extra.length > 0) return refuse(400, "unknown keys in the request", extra.map((key) => ({ path: [key], message: "unknown key" })));
    const { model, action, args } = request as { model?: unknown; action?: unknown; args?: unknown };
    if (typeof model !== "string" || !own(models, model))
      return refuse(400, "unknown model", [{ path: ["model"], message: "not a model: " + globalThis.String(model).slice(0, 60) }]);
    const meta = models[model as ModelName];
    if (typeof action !== "string" || !meta.actions.includes(action as Action))
      return refuse(400, "unknown action", [{ path: ["action"], message: "not an action of " + model + ": " + globalThis.String(action).slice(0, 60) }]);
    if (!withinNesting(args, maxNesting))
      return refuse(400, "the arguments nest too deep", [{ path: ["args"], message: "more than " + maxNesting + " levels" }]);
    const parsed = schemaOf(model as ModelName, action as Action).safeParse(args);
    if (!parsed.success)
      return refuse(400, "invalid arguments", parsed.error.issues.slice(0, 50).map((issue) => ({
        path: ["args", ...issue.path.map((key) => (typeof key === "symbol" ? globalThis.String(key) : key))],
        message: issue.message,
      })));
    // The arguments as sent (zod checked them, transforms nothing, and would reorder keys: Prisma answers in the
    // order of \`select\`).
    let call: Call = { model: model as ModelName, action: action as Action, args };
    if (options.policy !== undefined) {
      const decision = await options.policy(call, context as C);
      if (decision === false) return refuse(403, "refused by policy");
      if (typeof decision === "object") call = { ...call, args: decision.args };
    }
    try {
      return { status: 200, data: await executor(call) };
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code !== "string" || !/^P2\d{3}$/.test(code)) return refuse(500, "the executor failed");
      const message = globalThis.String((error as { message?: unknown }).message ?? code).split("\n").slice(-1)[0] ?? code;
      return refuse(code === "P2025" ? 404 : code === "P2002" ? 409 : 400, message.slice(0, 300), undefined, code);
    }
  };
}

/**
 * An executor for a Prisma Client object: \`prisma[property][action](args)\`. Needs nothing from Prisma at run time.
 * @example createHandler(prismaExecutor(new PrismaClient({ adapter })))
 */
export function prismaExecutor(prisma: object): Executor {
  return async (call) => {
    const delegate = (prisma as { [key: string]: unknown })[models[call.model].property] as
      | { [action: string]: ((args: unknown) => globalThis.Promise<unknown>) | undefined }
      | undefined;
    const method = delegate?.[call.action];
    if (typeof method !== "function") throw new globalThis.Error("prismaExecutor: the client has no " + call.model + "." + call.action);
    return method.call(delegate, call.args);
  };
}

/** The part of a fetch \`Request\` the adapter reads (Node 18+, Deno, Bun, Next.js, Hono give it). */
export interface RequestLike {
  readonly method: string;
  readonly headers: { get(name: string): string | null };
  readonly body: {
    getReader(): {
      read(): globalThis.Promise<{ done: boolean; value?: globalThis.Uint8Array | undefined }>;
      cancel(reason?: unknown): globalThis.Promise<void>;
    };
  } | null;
}

/** The platform's \`Response\` type where there is one. */
export type FetchResponse = typeof globalThis extends { Response: { prototype: infer R } } ? R : { readonly status: number; text(): globalThis.Promise<string> };

/** Options of \`toFetchHandler\`. */
export interface FetchHandlerOptions<C> {
  /** The largest body read; a larger one gets a 413 without being read further. @default 1_000_000 */
  readonly maxBodyBytes?: number;
  /** The caller's context (e.g. the user from a session cookie), handed to the policy. */
  readonly context?: (request: RequestLike) => C | globalThis.Promise<C>;
}

/** Reads at most \`max\` bytes of the body as UTF-8; undefined when there are more. */
async function readBody(request: RequestLike, max: number): globalThis.Promise<string | undefined> {
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: globalThis.Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value?.length ?? 0;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    if (chunk.value !== undefined) chunks.push(chunk.value);
  }
  const bytes = new globalThis.Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  const Decoder = (globalThis as unknown as { TextDecoder: new () => { decode(bytes: globalThis.Uint8Array): string } }).TextDecoder;
  return new Decoder().decode(bytes);
}

/**
 * The handler as a standard \`Request -> Response\` function (Node's http via a small bridge, Hono, Next.js route
 * handlers, Deno, Bun): POST only, the body limited to \`maxBodyBytes\` (413), tagged JSON in and out (\`decode\`
 * errors are a 400).
 * @example export const POST = toFetchHandler(createHandler(prismaExecutor(prisma)));
 */
export function toFetchHandler<C = undefined>(handler: Handler<C>, options: FetchHandlerOptions<C> = {}): (request: RequestLike) => globalThis.Promise<FetchResponse> {
  const max = options.maxBodyBytes ?? 1_000_000;
  const Response = (globalThis as unknown as { Response: new (body: string, init: { status: number; headers: { [key: string]: string } }) => FetchResponse }).Response;
  const respond = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "application/json" } });
  const failure = (status: number, message: string) => respond(status, globalThis.JSON.stringify({ error: { message } }));
  return async (request) => {
    if (request.method !== "POST") return failure(405, "use POST");
    if (globalThis.Number(request.headers.get("content-length") ?? "0") > max) return failure(413, "the body is larger than " + max + " bytes");
    const text = await readBody(request, max);
    if (text === undefined) return failure(413, "the body is larger than " + max + " bytes");
    let decoded: unknown;
    try {
      decoded = ${names.decode}(text);
    } catch (error) {
      return failure(400, globalThis.String((error as { message?: unknown }).message).slice(0, 200));
    }
    const context = options.context === undefined ? undefined : await options.context(request);
    const result = await handler(decoded, context);
    return result.status === 200 ? respond(200, ${names.encode}(result.data)) : respond(result.status, globalThis.JSON.stringify({ error: result.error }));
  };
}`.replaceAll("\\`", "`");
}
