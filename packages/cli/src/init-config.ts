/** What `gen init` knows when it writes the config. */
export interface InitChoices {
  /** The schema's path relative to the project, with `/`. */
  readonly schema: string;
  /** The datasource provider (`postgresql`, `mysql`, `sqlite`, `mongodb`, ...), when the schema names one. */
  readonly provider: string | undefined;
}

const dialectOf: Readonly<Record<string, string>> = {
  postgresql: "postgresql",
  postgres: "postgresql",
  cockroachdb: "postgresql",
  mysql: "mysql",
  sqlite: "sqlite",
};

/** The `sql` generator's options for a provider: its dialect, none on MongoDB, the default when unknown. */
function sqlOptions(provider: string | undefined): false | { dialects?: string[]; comments: boolean } {
  if (provider === "mongodb") return false;
  const dialect = provider === undefined ? undefined : dialectOf[provider];
  return dialect === undefined ? { comments: true } : { dialects: [dialect], comments: true };
}

/** The config as data: what both the JSON and the TypeScript file say. */
export function initConfig(choices: InitChoices) {
  return {
    schema: choices.schema,
    output: "generated",
    generators: {
      types: { layout: "per-model", dateTime: "Date", decimal: "string" },
      zod: { layout: "per-model", dateTime: "date", decimal: "string" },
      mermaid: { direction: "TB", enums: "entities" },
      sql: sqlOptions(choices.provider),
    },
  };
}

/**
 * The config file's text. TypeScript uses only `import type` and `satisfies`, erased when it is loaded, so it loads
 * in a project that has not installed `@cardinal/cli` locally (`npx gen`), and is still checked by the editor.
 */
export function configText(format: "ts" | "json", choices: InitChoices): string {
  const config = initConfig(choices);
  if (format === "json") return `${JSON.stringify(config, null, 2)}\n`;
  const sql =
    config.generators.sql === false
      ? `    // SQL does not apply to MongoDB (no tables or foreign keys).\n    sql: false,`
      : `    // SQL DDL for the schema's database (${choices.provider ?? "its datasource"}).\n    sql: ${JSON.stringify(
          config.generators.sql,
        )
          .replace(/"(\w+)":/g, "$1: ")
          .replace(/,/g, ", ")},`;
  return `import type { CardinalConfig } from "@cardinal/cli";

// Cardinal's configuration. Every key is optional; flags (gen --help) override it.
export default {
  // The Prisma schema: a file, or a folder of .prisma files.
  schema: ${JSON.stringify(config.schema)},

  // Where generated files go: one subfolder per generator (types/, zod/, mermaid/, sql/).
  output: "generated",

  generators: {
    // TypeScript types and a typed client stub.
    types: { layout: "per-model", dateTime: "Date", decimal: "string" },
    // zod 4 schemas that infer exactly the types above (add \`/// @zod .email()\` to a field for more checks).
    zod: { layout: "per-model", dateTime: "date", decimal: "string" },
    // Mermaid ER diagrams (.mmd and a markdown file for GitHub).
    mermaid: { direction: "TB", enums: "entities" },
${sql}
  },
} satisfies CardinalConfig;
`;
}
