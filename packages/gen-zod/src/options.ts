/** Options of `generateZod`. */
export interface ZodOptions {
  /** `per-model` (`models/<Model>.ts` per model, plus `common.ts`, `enums.ts`, `index.ts`) or `single-file`. @default "per-model" */
  readonly layout?: "per-model" | "single-file";
  /** Extension of relative import specifiers. @default ".js" */
  readonly importExtension?: ".js" | "";
  /**
   * `DateTime` as `z.date()`, `z.coerce.date()` (accepts ISO strings and numbers, outputs `Date`), or an ISO 8601
   * string (`z.iso.datetime()`). Pair `string` with gen-types' `dateTime: "string"`.
   * @default "date"
   */
  readonly dateTime?: "date" | "coerce" | "string";
  /** `Decimal` as its exact decimal string (precision and scale of `@db.Decimal(p, s)` checked), or a number. @default "string" */
  readonly decimal?: "string" | "number";
  /** Prefix and suffix of every schema name (`User` + `Schema` by default: `UserSchema`). @default { prefix: "", suffix: "Schema" } */
  readonly naming?: { readonly prefix?: string; readonly suffix?: string };
}

/** Options with defaults filled in. */
export interface ResolvedZodOptions {
  readonly layout: "per-model" | "single-file";
  readonly importExtension: ".js" | "";
  readonly dateTime: "date" | "coerce" | "string";
  readonly decimal: "string" | "number";
  readonly prefix: string;
  readonly suffix: string;
}

/** Fills in defaults. */
export function resolveZodOptions(options: ZodOptions = {}): ResolvedZodOptions {
  return {
    layout: options.layout ?? "per-model",
    importExtension: options.importExtension ?? ".js",
    dateTime: options.dateTime ?? "date",
    decimal: options.decimal ?? "string",
    prefix: options.naming?.prefix ?? "",
    suffix: options.naming?.suffix ?? "Schema",
  };
}
