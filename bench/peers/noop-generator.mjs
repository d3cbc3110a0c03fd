#!/usr/bin/env node
// A Prisma generator that writes nothing: `prisma generate` with only this block measures the Prisma CLI's own
// floor (start-up, schema loading, DMMF, spawning a generator). It speaks Prisma's generator protocol by hand:
// JSON-RPC requests on stdin, one per line, and the responses on stderr.
import { createInterface } from "node:readline";

const reply = (id, result) => process.stderr.write(`${JSON.stringify({ jsonrpc: "2.0", id, result })}\n`);

createInterface({ input: process.stdin }).on("line", (line) => {
  const request = JSON.parse(line);
  if (request.method === "getManifest") reply(request.id, { manifest: { prettyName: "no-op", requiresEngines: [] } });
  else if (request.method === "generate") reply(request.id, null);
});
