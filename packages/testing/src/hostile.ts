/**
 * The "hostile schema": valid Prisma whose names and comments try to break generated code. One text per
 * database family, shared by every generator's tests, each of which must turn it into output its real tool
 * accepts (tsc, an import of the zod module, Mermaid's parser, PGlite, sql.js, MariaDB).
 */

/** Names TypeScript or JavaScript treat specially that Prisma accepts for models, enums and fields. */
export const hostileTypeNames = [
  ..."any never number string undefined unknown static object symbol bigint boolean type keyof infer readonly unique",
  ..." satisfies asserts is as of declare abstract namespace module global require accessor out override get set from",
  ..." intrinsic arguments eval globalThis Array Record Partial Promise Date Object Function Symbol Number Error Map",
  ..." JSON Math Uint8Array NonNullable Exclude Pick Omit Readonly Awaited constructor prototype toString valueOf",
  ..." hasOwnProperty I K A T z Prisma Con Nul Aux Com1 Lpt9",
]
  .join("")
  .trim()
  .split(/\s+/);

/** Model names that a case-insensitive, Unicode-normalizing file system confuses in pairs. */
export const hostileFoldedNames = ["User", "user", "Aσ", "Aς", "Iı", "II", "ﬁle", "file", "Straße", "STRASSE"];

/** Valid names too long for a file name once an extension and a temporary suffix are added. */
export const hostileLongNames = [`Ж${"ж".repeat(79)}`, `L${"o".repeat(232)}ng`];

/**
 * Doc-comment text that ends comments, strings and statements in the target languages: comment terminators,
 * quotes, backticks, `${}`, backslashes, Mermaid's `%%`, SQL's `--`, the line and paragraph separators, NUL and
 * other control characters.
 */
export const hostileComments = [
  "Ends a block comment early? */ globalThis.PWNED = 1; /* and a JSDoc one **/",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, not a template.
  "Quotes \" ' ` and ${globalThis.PWNED = 1} and \\\\ back\\slashes\\",
  "Separators:\u2028line\u2029paragraph\u0085next",
  "Controls: NUL\u0000 SOH\u0001 ESC\u001b[31m BEL\u0007 DEL\u007f BS\u0008 FF\u000c VT\u000b TAB\t.",
  "SQL: '); DROP TABLE x; -- and E'\\x41' and $$ dollar $$ and \\' and /* open",
  'Mermaid: %% not a comment; direction LR; }o--o{ "quoted" #35; <b>html</b> __bold__ *it*',
  "Markdown: ``` fence ``` and <!-- html --> and </script>",
];

const block = (keyword: string, name: string, lines: readonly string[]) =>
  `${keyword} ${name} {\n${lines.map((line) => `  ${line}`).join("\n")}\n}\n`;

const docs = (texts: readonly string[]) => texts.map((text) => `/// ${text}`);

/** Fields named like JavaScript's dangerous properties and keywords, each documented with a hostile comment. */
function hostileFields(): string[] {
  const names = ["class", "constructor", "toString", "valueOf", "hasOwnProperty", "prototype", "then", "default"];
  return names.flatMap((name, i) => [
    ...docs([hostileComments[i % hostileComments.length] as string]),
    `${name} String?`,
  ]);
}

/**
 * A relational hostile schema for `provider` (`postgresql`, `mysql`, `sqlite`): models named after every
 * `hostileTypeNames`, `hostileFoldedNames` and `hostileLongNames` entry, an enum per type name, `@group`s that
 * differ only by case and punctuation, relations between them, and hostile comments everywhere.
 * @example hostileSchema("sqlite", { tableNameClashes: false })
 */
export function hostileSchema(
  provider: "postgresql" | "mysql" | "sqlite" = "postgresql",
  options: { readonly tableNameClashes?: boolean } = {},
): string {
  const groups = ["Billing", "billing", "Billing!", "bílling"];
  // Folded and long names clash as table names too (SQLite compares ASCII case-insensitively, PostgreSQL cuts
  // identifiers at 63 bytes): `tableNameClashes: false` leaves them out, and `Object` after `object`, for SQL.
  const clashes = options.tableNameClashes ?? true;
  const models = clashes
    ? [...hostileTypeNames, ...hostileFoldedNames, ...hostileLongNames]
    : hostileTypeNames.filter(
        (name, i) => hostileTypeNames.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i,
      );
  const blocks = models.map((name, i) => {
    const enumField = provider === "sqlite" ? [] : [`kind ${name}Kind?`];
    return [
      ...docs([hostileComments[i % hostileComments.length] as string, `@group ${groups[i % groups.length]}`]),
      block("model", name, [
        "id Int @id",
        ...(i > 0 ? [`parentId Int?`, `parent ${models[i - 1]}? @relation(fields: [parentId], references: [id])`] : []),
        ...(i < models.length - 1 ? [`children ${models[i + 1]}[]`] : []),
        ...enumField,
        ...hostileFields(),
        // MySQL and MariaDB cannot resolve a foreign key to a table named like a Windows device (gen-sql refuses it).
        ...(provider === "mysql" && /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i.test(name) ? [`@@map("${name}_")`] : []),
      ]),
    ].join("\n");
  });
  const enums =
    provider === "sqlite"
      ? []
      : models.map((name) =>
          [
            ...docs([hostileComments[0] as string]),
            block("enum", `${name}Kind`, ["constructor", "toString", "valueOf", ...docs(["*/ \u2028"]), "then"]),
          ].join("\n"),
        );
  return [`datasource db {\n  provider = "${provider}"\n}\n`, ...blocks, ...enums].join("\n");
}

/**
 * A MongoDB hostile schema: composite types named after every `hostileTypeNames` entry. (Prisma 7 and Cardinal
 * also accept `type class {}`, `type if {}` and other reserved words for composite types.)
 */
export function hostileMongoSchema(): string {
  const names = hostileTypeNames;
  const types = names.map((name, i) =>
    [
      ...docs([hostileComments[i % hostileComments.length] as string]),
      block("type", name, [
        ...hostileFields(),
        ...(i + 1 < names.length ? [`next ${names[i + 1]}?`, `list ${names[i + 1]}[]`] : []),
      ]),
    ].join("\n"),
  );
  const holder = block("model", "Holder", [
    'id String @id @default(auto()) @map("_id") @db.ObjectId',
    ...names.map((name, i) => `f${i} ${name}?`),
  ]);
  return [`datasource db {\n  provider = "mongodb"\n}\n`, holder, ...types].join("\n");
}
