// The peers run as Prisma generators by the real `prisma generate` (6.19.3), offline: stand-in engines as in
// TESTING.md, each peer alone in a schema that holds only its generator block.
import { existsSync, rmSync } from "node:fs";
import { delimiter, join } from "node:path";
import { coldMedian } from "./measure.mjs";
import { write } from "./projects.mjs";

const benchDir = join(import.meta.dirname, "..");
const prismaCli = join(benchDir, "node_modules/prisma/build/index.js");
const block = (name, provider, output, ...lines) =>
  `generator ${name} {\n  provider = "${provider}"\n  output   = "${output}"\n${lines.map((l) => `  ${l}\n`).join("")}}\n`;

/**
 * Each peer: what kind of output it makes, its generator blocks, and the file or folder it writes (relative to
 * the project). `requires`: prisma-zod-generator refuses to run unless a Prisma Client generator runs with it.
 */
export const peers = [
  {
    name: "no-op generator",
    kind: "floor",
    blocks: [block("noop", `node ${join(import.meta.dirname, "noop-generator.mjs")}`, "out/noop")],
    out: "out/noop",
  },
  {
    name: "Prisma Client (prisma-client)",
    kind: "types",
    blocks: [block("client", "prisma-client", "out/client")],
    out: "out/client",
  },
  {
    name: "zod-prisma-types",
    kind: "zod",
    blocks: [block("zpt", "zod-prisma-types", "out/zpt", "createInputTypes = false")],
    out: "out/zpt",
  },
  {
    name: "prisma-zod-generator + prisma-client-js",
    kind: "zod",
    blocks: [block("clientjs", "prisma-client-js", "out/clientjs"), block("pzg", "prisma-zod-generator", "out/pzg")],
    out: "out/pzg",
    slow: true,
  },
  {
    name: "prisma-erd-generator",
    kind: "mermaid",
    blocks: [block("erd", "prisma-erd-generator", "out/erd/ERD.md")],
    out: "out/erd",
  },
  {
    name: "prisma-markdown",
    kind: "mermaid",
    blocks: [block("md", "prisma-markdown", "out/md/ERD.md")],
    out: "out/md",
  },
  {
    name: "prisma-dbml-generator",
    kind: "dbml",
    blocks: [block("dbml", "prisma-dbml-generator", "out/dbml")],
    out: "out/dbml",
  },
];

/** The environment `npx prisma generate` would have, plus the offline stand-ins of TESTING.md. */
function prismaEnv(project) {
  return {
    ...process.env,
    PATH: `${join(benchDir, "node_modules/.bin")}${delimiter}${process.env.PATH ?? ""}`,
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
    PRISMA_QUERY_ENGINE_LIBRARY: join(project, "fake-engine/libquery_engine.so.node"),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    PUPPETEER_SKIP_DOWNLOAD: "1",
    DATABASE_URL: "postgresql://bench@127.0.0.1:9/bench",
    NO_COLOR: "1",
  };
}

/**
 * Median of `runs` cold `prisma generate` processes running one peer; its output folder removed before each.
 * The schema file sits in the project folder, so the blocks' relative `output` paths land in it.
 */
export function timePeer(peer, project, base, runs) {
  const file = join(project, `${peer.kind}-${peer.blocks.length}-${peer.out.replaceAll("/", "-")}.prisma`);
  write(file, `${peer.blocks.join("\n")}\n${base}`);
  const prepare = () => {
    rmSync(join(project, peer.out), { recursive: true, force: true });
    // prisma-erd-generator writes its .md file but does not make its folder.
    if (peer.kind === "mermaid") write(join(project, peer.out, ".keep"), "");
  };
  const args = [prismaCli, "generate", "--schema", file];
  return coldMedian(runs, prepare, process.execPath, args, { cwd: project, env: prismaEnv(project) });
}

/**
 * `prisma-client-js` into `out/clientjs` once, untimed, unless it is there: zod-prisma-types' output imports
 * `@prisma/client`, so type-checking it needs that client even when prisma-zod-generator (which writes it too) did
 * not run.
 */
export function ensureClientJs(project, base) {
  if (existsSync(join(project, "out/clientjs/index.d.ts"))) return;
  const peer = { kind: "client", out: "out/clientjs", blocks: [block("clientjs", "prisma-client-js", "out/clientjs")] };
  timePeer(peer, project, base, 1);
}
