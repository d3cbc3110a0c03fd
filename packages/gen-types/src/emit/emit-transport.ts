import type { CodeWriter } from "@cardinal/core";
import type { EmitContext } from "./context.js";
import { decodeStatements, encodeStatements, fetchTransportStatements } from "./transport-code.js";

const lines = (statements: readonly string[]) => (writer: CodeWriter) => {
  for (const line of statements) writer.writeLine(line);
};

const formatDocs = `Version of the tagged JSON format of \`encode\` and \`decode\`. A body is \`{ "cardinal": 1, "data": value }\`;
inside \`value\`, \`{ "$type": T, "value": string }\` stands for a \`DateTime\` (ISO 8601), a \`BigInt\` (decimal integer),
a \`Decimal\` (decimal string, no exponent) or \`Bytes\` (base64), and a plain object's key \`$type\` (or \`$$type\`...)
is written with one more \`$\`. Any other \`$type\` is an error.`;

/**
 * The JSON-safe transport shipped with the client (`transport.ts`): `fetchTransport(url)` for `createClient`, and
 * `encode`/`decode` of the tagged JSON format for the server that answers it. No dependency, no DOM or Node types.
 */
export function emitTransport(context: EmitContext): void {
  const { helpers } = context.names;
  const transport = context.use(helpers.transport, "client");
  if (context.options.decimal === "string") context.use(helpers.decimal, "common");
  context.add({
    kind: "variable",
    isExported: true,
    declarationKind: "const",
    docs: [{ description: formatDocs }],
    declarations: [{ name: helpers.taggedFormatVersion, initializer: "1" }],
  });
  context.add({
    kind: "typeAlias",
    isExported: true,
    name: helpers.fetchLike,
    docs: [
      {
        description: "The part of `fetch` the transport uses: the global `fetch` of browsers, Node 18+, Deno and Bun.",
      },
    ],
    type: `(url: string, init: { method: "POST"; headers: { [key: string]: string }; body: string }) => globalThis.Promise<{ readonly ok: boolean; readonly status: number; text(): globalThis.Promise<string> }>`,
  });
  context.add({
    kind: "interface",
    isExported: true,
    name: helpers.fetchTransportOptions,
    docs: [{ description: `Options of \`${helpers.fetchTransport}\`.` }],
    properties: [
      {
        name: "headers",
        isReadonly: true,
        hasQuestionToken: true,
        type: "{ readonly [key: string]: string }",
        docs: ['Extra request headers, e.g. `{ authorization: "Bearer ..." }`.'],
      },
      {
        name: "fetch",
        isReadonly: true,
        hasQuestionToken: true,
        type: helpers.fetchLike,
        docs: ["The fetch function. @default globalThis.fetch"],
      },
    ],
  });
  context.add({
    kind: "function",
    isExported: true,
    name: helpers.encode,
    docs: [
      {
        description: `Tagged JSON text of a value (a request's or an answer's body; see \`${helpers.taggedFormatVersion}\`): Dates, bigints,\nUint8Arrays (Node Buffers too) and decimal objects (Prisma's \`Decimal\`) are tagged. Linear in the value's size.\n@example res.end(${helpers.encode}(await prisma.user.findMany()));`,
      },
    ],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: "string",
    statements: lines(encodeStatements(helpers)),
  });
  context.add({
    kind: "function",
    isExported: true,
    name: helpers.decode,
    docs: [
      {
        description: `The value of tagged JSON text: tags become \`${context.options.dateTime === "Date" ? "Date" : "string"}\`, \`bigint\`, \`${context.options.decimal === "string" ? helpers.decimal : "number"}\` and \`Uint8Array\`, as the\ngenerated types say. Throws a TypeError on an unknown tag, a malformed tagged value or another format version; a\n\`__proto__\` key stays a plain key. Linear in the text's length.\n@example const { model, action, args } = ${helpers.decode}(body) as ${helpers.transportRequest};`,
      },
    ],
    parameters: [{ name: "text", type: "string" }],
    returnType: "unknown",
    statements: lines(decodeStatements(helpers, context.options)),
  });
  context.add({
    kind: "function",
    isExported: true,
    name: helpers.fetchTransport,
    docs: [
      {
        description: `A transport that POSTs each request to \`url\` as tagged JSON and revives the answer, so the values have the\ntypes the client promises (a \`Date\` is a \`Date\`). A status other than 2xx rejects with the status and the text.\n@example const client = ${helpers.createClient}(${helpers.fetchTransport}("/api/data", { headers: { authorization: token } }));`,
      },
    ],
    parameters: [
      { name: "url", type: "string" },
      { name: "options", type: helpers.fetchTransportOptions, initializer: "{}" },
    ],
    returnType: transport,
    statements: lines(fetchTransportStatements(helpers)),
  });
}
