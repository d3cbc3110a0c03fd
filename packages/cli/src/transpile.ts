import { createRequire } from "node:module";
import { Script } from "node:vm";
import type { Jiti, JitiOptions, TransformOptions, TransformResult } from "jiti";
import type * as sucrase from "sucrase";

let loadedSucrase: typeof sucrase | undefined;
const requireSucrase = () => {
  loadedSucrase ??= createRequire(import.meta.url)("sucrase") as typeof sucrase;
  return loadedSucrase;
};

/** The function jiti runs a transpiled module in (an async one for `evalModule(..., { async: true })`). */
const wrapped = (code: string, async: boolean | undefined) =>
  `(${async ? "async " : ""}function (exports, require, module, __filename, __dirname, jitiImport, jitiESMResolve) { ${code}\n});`;

/**
 * A module as CommonJS by Sucrase (types stripped, imports made `require`s), or undefined where jiti's own Babel
 * transform must do it: JSX, `import.meta` (Babel rewrites it, Sucrase leaves it), syntax Sucrase refuses, or output
 * that does not compile where jiti will run it (Sucrase assumes valid input, so a syntax error is always Babel's,
 * located as before). Sucrase keeps every line where it was, so a config's runtime errors point at its own lines.
 */
function sucraseTransform(options: TransformOptions): TransformResult | undefined {
  if (options.jsx || options.source.includes("import.meta")) return undefined;
  try {
    const { code } = requireSucrase().transform(options.source, {
      transforms: options.ts ? ["typescript", "imports"] : ["imports"],
      ...(options.filename === undefined ? {} : { filePath: options.filename }),
    });
    new Script(wrapped(code, options.async), options.filename === undefined ? {} : { filename: options.filename });
    return { code };
  } catch {
    return undefined;
  }
}

/**
 * A jiti that transpiles with Sucrase and falls back to its bundled Babel only where Sucrase cannot do the job
 * (`sucraseTransform`). Babel (1.5 MB, loaded on first use) cost a `prisma.config.ts` or `cardinal.config.ts` about
 * 0.35 s on every run; Sucrase loads and transpiles one in about 0.09 s (jiti's `evalModule`, this machine). Same
 * options otherwise.
 */
export function createFastJiti(
  createJiti: (id: string, options?: JitiOptions) => Jiti,
  id: string,
  options: JitiOptions,
) {
  let babel: Jiti | undefined;
  const transform = (transformOptions: TransformOptions): TransformResult => {
    const fast = sucraseTransform(transformOptions);
    if (fast) return fast;
    babel ??= createJiti(id, options);
    return { code: babel.transform(transformOptions) };
  };
  return createJiti(id, { ...options, transform });
}
