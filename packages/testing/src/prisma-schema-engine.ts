import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Providers for which Prisma's wasm schema engine can produce DDL offline. */
export type EngineProvider = "postgresql" | "sqlite";

interface SchemaEngine {
  diff(params: unknown): Promise<{ stdout: string | null }>;
}

interface EngineModule {
  __wbg_set_wasm(exports: unknown): void;
  SchemaEngine: { new: (options: unknown, log: (line: string) => void, adapter: unknown) => Promise<SchemaEngine> };
}

/** The part of the WebAssembly API used here (its types live in the DOM lib, which this package does not load). */
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let modulePromise: Promise<EngineModule> | undefined;

/**
 * Loads `@prisma/schema-engine-wasm` by hand: it is a wasm-bindgen "bundler" build whose entry imports the
 * `.wasm` file as an ES module, which Node cannot do.
 */
function loadEngine(): Promise<EngineModule> {
  modulePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const directory = dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bindings = (await import(join(directory, "schema_engine_bg.js"))) as EngineModule;
    // Engine panics report their message here instead of aborting with "unreachable" only.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    const { instance } = await WebAssembly.instantiate(readFileSync(join(directory, "schema_engine_bg.wasm")), {
      "./schema_engine_bg.js": bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return bindings;
  })();
  return modulePromise;
}

let lastPanic: string | undefined;

const ok = <T>(value: T) => ({ ok: true as const, value });

/**
 * A driver adapter that answers only what a diff from empty asks: nothing on SQLite, the server version on
 * PostgreSQL. Anything else is a bug in this harness and fails loudly.
 */
function fakeAdapterFactory(provider: EngineProvider) {
  const adapterProvider = provider === "postgresql" ? "postgres" : "sqlite";
  const connection = {
    provider: adapterProvider,
    adapterName: "cardinal-oracle",
    async queryRaw(query: { sql: string }) {
      if (provider === "postgresql" && query.sql.includes("version()")) {
        // [schema exists, version(), server_version_num]
        return ok({
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [5, 7, 0],
          rows: [[true, "PostgreSQL 16.4", 160004]],
        });
      }
      throw new Error(`the oracle's fake adapter was asked an unexpected query: ${query.sql}`);
    },
    async executeRaw(query: { sql: string }) {
      throw new Error(`the oracle's fake adapter was asked to execute: ${query.sql}`);
    },
    async executeScript(script: string) {
      throw new Error(`the oracle's fake adapter was asked to execute a script: ${script.slice(0, 80)}`);
    },
    async startTransaction() {
      throw new Error("the oracle's fake adapter does not do transactions");
    },
    getConnectionInfo() {
      return ok({ schemaName: undefined, supportsRelationJoins: false });
    },
    async dispose() {},
  };
  return {
    provider: adapterProvider,
    adapterName: "cardinal-oracle",
    connect: async () => ok(connection),
    connectToShadowDb: async () => ok(connection),
  };
}

/**
 * The DDL Prisma's own schema engine creates for a schema from an empty database: exactly what
 * `prisma migrate diff --from-empty --to-schema-datamodel` prints. PostgreSQL and SQLite only (there is no
 * offline engine for MySQL). The schema's datasource must name the same provider.
 */
export async function prismaDdl(schema: string, provider: EngineProvider): Promise<string> {
  const files = [{ path: "schema.prisma", content: schema }];
  lastPanic = undefined;
  try {
    const instance = await engineFor(provider);
    const result = await instance.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } catch (error) {
    const detail = lastPanic ? ` (engine panic: ${lastPanic})` : "";
    throw new Error(
      `Prisma's schema engine failed${detail}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * The migration Prisma's schema engine writes from one schema to another, without a database: what
 * `prisma migrate diff --from-schema-datamodel a --to-schema-datamodel b --script` prints.
 */
export async function prismaMigrationDiff(from: string, to: string, provider: EngineProvider): Promise<string> {
  lastPanic = undefined;
  try {
    const instance = await engineFor(provider);
    const result = await instance.diff({
      from: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } catch (error) {
    const detail = lastPanic ? ` (engine panic: ${lastPanic})` : "";
    throw new Error(
      `Prisma's schema engine failed${detail}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const engines = new Map<EngineProvider, Promise<SchemaEngine>>();

/** One engine per provider: a diff takes its target schema as an argument, so the instance can be reused. */
function engineFor(provider: EngineProvider): Promise<SchemaEngine> {
  let engine = engines.get(provider);
  if (!engine) {
    const placeholder = `datasource db {\n  provider = "${provider}"\n}\n`;
    engine = loadEngine().then((module) =>
      module.SchemaEngine.new({ datamodels: [["schema.prisma", placeholder]] }, () => {}, fakeAdapterFactory(provider)),
    );
    engines.set(provider, engine);
  }
  return engine;
}
