import type { SqlDialect } from "@cardinal/gen-sql";

/** The generator options the playground's options panel sets. */
export interface PlaygroundOptions {
  /** The SQL dialect shown in the SQL tab. @default "postgresql" */
  readonly dialect: SqlDialect;
  /** gen-mermaid's `split`: one diagram, or one per group / connected component. @default "none" */
  readonly split: "none" | "auto" | "group" | "component";
  /** gen-mermaid's `names`: Prisma names, database names, or both. @default "both" */
  readonly names: "prisma" | "database" | "both";
  /** gen-zod's `dateTime`: `coerce` accepts ISO strings from JSON. @default "coerce" */
  readonly zodDateTime: "date" | "coerce" | "string";
  /** gen-zod's and gen-types' `decimal`. @default "string" */
  readonly decimal: "string" | "number";
  /** gen-zod's `naming.suffix`, e.g. `Schema` gives `UserSchema`. @default "Schema" */
  readonly zodSuffix: string;
}

/** The options a new visitor gets. */
export const defaultOptions: PlaygroundOptions = {
  dialect: "postgresql",
  split: "none",
  names: "both",
  zodDateTime: "coerce",
  decimal: "string",
  zodSuffix: "Schema",
};

const choices: { readonly [K in keyof PlaygroundOptions]?: readonly string[] } = {
  dialect: ["postgresql", "mysql", "sqlite"],
  split: ["none", "auto", "group", "component"],
  names: ["prisma", "database", "both"],
  zodDateTime: ["date", "coerce", "string"],
  decimal: ["string", "number"],
};

/** Options from untrusted data (localStorage, a share link): unknown keys and values fall back to the defaults. */
export function normalizeOptions(value: unknown): PlaygroundOptions {
  const input = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const result: Record<string, unknown> = { ...defaultOptions };
  for (const key of Object.keys(defaultOptions) as (keyof PlaygroundOptions)[]) {
    const given = input[key];
    if (typeof given !== "string") continue;
    const allowed = choices[key];
    if (allowed ? allowed.includes(given) : /^[A-Za-z0-9_]{0,20}$/.test(given)) result[key] = given;
  }
  return result as unknown as PlaygroundOptions;
}
