// `tsc --noEmit --strict` over one tool's generated TypeScript: wall time and peak memory of the whole process.
// Every output gets the same compiler options (bundler resolution, so Prisma Client's `.ts` imports and
// Cardinal's `.js` ones both resolve; skipLibCheck, as in most projects); only Prisma Client also loads
// @types/node, which its output imports (`node:process`).
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { coldMedian } from "./measure.mjs";
import { write } from "./projects.mjs";

const require = createRequire(join(import.meta.dirname, "../package.json"));
const tscBin = require.resolve("typescript/bin/tsc");

/**
 * Median of `runs` cold `tsc -p` processes over every `.ts` file below `folder`. `paths`: compilerOptions.paths
 * (zod-prisma-types' output imports `@prisma/client`, which in a user's project is the generated client).
 * @returns {{ ms: number, rssMb: number | undefined, errors: string | undefined }}
 */
export function timeTsc(folder, { nodeTypes = false, paths, runs }) {
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: "ES2022",
    lib: ["ES2022"],
    module: "ESNext",
    moduleResolution: "bundler",
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    types: nodeTypes ? ["node"] : [],
    ...(paths ? { paths } : {}),
  };
  const config = join(folder, "..", `tsconfig.${folder.split("/").at(-1)}.json`);
  write(config, JSON.stringify({ compilerOptions, include: [`${relative(join(config, ".."), folder)}/**/*.ts`] }));
  const args = [tscBin, "-p", config, "--pretty", "false"];
  const result = coldMedian(runs, undefined, process.execPath, args, { allowFailure: true });
  return { ...result, errors: result.ok ? undefined : result.output.split("\n").slice(0, 3).join(" / ") };
}
