#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/, in turn. Benchmarks measure; they never fail a build.
await import("./core.mjs");
await import("./sql.mjs");
await import("./mermaid.mjs");
await import("./types.mjs");
await import("./zod.mjs");
await import("./cli.mjs");
await import("./playground.mjs");
await import("./peers.mjs");
