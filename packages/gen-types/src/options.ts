/** Options of `generateTypes`. */
export interface TypesOptions {
  /**
   * `per-model`: `models/<Model>.ts` per model plus `enums.ts`, `common.ts`, `client.ts` and `index.ts` (small files
   * that editors and `tsc` handle quickly); `single-file`: everything in `index.ts`.
   * @default "per-model"
   */
  readonly layout?: "per-model" | "single-file";
  /**
   * Extension of relative import specifiers. `.js` works under both `moduleResolution: "nodenext"` and
   * `"bundler"`; `""` suits bundlers that want extensionless specifiers.
   * @default ".js"
   */
  readonly importExtension?: ".js" | "";
  /** Prefix for every generated type name (`Db` gives `DbUser`, `DbUserInclude`...). @default "" */
  readonly typePrefix?: string;
  /** Suffix for every generated type name (`Row` gives `UserRow`, `UserIncludeRow`...). @default "" */
  readonly typeSuffix?: string;
  /** `DateTime` as `Date`, or as an ISO 8601 `string` for JSON transports. @default "Date" */
  readonly dateTime?: "Date" | "string";
  /**
   * `Decimal` as an exact decimal string (`Decimal` = `` `${number}` ``, e.g. `"12.30"`, no precision lost), or as
   * a `number`.
   * @default "string"
   */
  readonly decimal?: "string" | "number";
  /** Also generate the typed client (`createClient(transport)` and one delegate per model). @default true */
  readonly client?: boolean;
  /**
   * Also generate the server side (`server.ts`): `createHandler(executor, options)` validating every call with zod
   * schemas, `prismaExecutor(prisma)` and `toFetchHandler(handler)` (`Request -> Response`). Imports `zod` (a peer
   * dependency of the generated code, `^4`); needs `client`.
   * @default false
   */
  readonly server?: boolean;
}

/** Options with defaults filled in. */
export type ResolvedTypesOptions = Required<TypesOptions>;

/** Fills in defaults. */
export function resolveTypesOptions(options: TypesOptions = {}): ResolvedTypesOptions {
  return {
    layout: options.layout ?? "per-model",
    importExtension: options.importExtension ?? ".js",
    typePrefix: options.typePrefix ?? "",
    typeSuffix: options.typeSuffix ?? "",
    dateTime: options.dateTime ?? "Date",
    decimal: options.decimal ?? "string",
    client: options.client ?? true,
    server: (options.client ?? true) && (options.server ?? false),
  };
}
