import { ts } from "ts-morph";
import * as zod from "zod";

/** The outcome of checking a JSON value against one generated schema. */
export type ZodCheck =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly issues: readonly { readonly path: string; readonly message: string }[] }
  | { readonly ok: false; readonly error: string };

/** A compiled single-file zod module: its exported schemas by name. */
export type ZodModule = Readonly<Record<string, zod.ZodType>>;

/**
 * Compiles the single-file zod output (TypeScript) to JavaScript and evaluates it with the bundled zod, so the
 * playground checks values with exactly the code the user would ship. Only `zod` may be imported.
 */
export function loadZodModule(source: string): ZodModule {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  const exports: Record<string, unknown> = {};
  const require = (specifier: string): unknown => {
    if (specifier === "zod") return zod;
    throw new Error(`the zod output imports ${specifier}; only "zod" is available here`);
  };
  new Function("exports", "require", outputText)(exports, require);
  return Object.fromEntries(Object.entries(exports).filter(([, value]) => value instanceof zod.ZodType)) as ZodModule;
}

/** Parses a JSON text and checks it against a schema; JSON syntax errors are reported, never thrown. */
export function checkJson(module: ZodModule, schemaName: string, json: string): ZodCheck {
  const schema = module[schemaName];
  if (!schema) return { ok: false, error: `there is no schema called ${schemaName}` };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join(".") || "(root)",
      message: issue.message,
    })),
  };
}
