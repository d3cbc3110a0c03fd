/** Options of `generateMermaid`. */
export interface MermaidOptions {
  /**
   * Which names entities and attributes show: the Prisma names (`User`, `createdAt`), the database names
   * (`users`, `created_at`), or Prisma names with the table name as the entity's label where they differ.
   * @default "both"
   */
  readonly names?: "prisma" | "database" | "both";
  /** Attributes listed per entity: every scalar field, only key fields, or none. @default "all" */
  readonly attributes?: "all" | "keys" | "none";
  /** `///` doc comments as attribute comments. @default true */
  readonly comments?: boolean;
  /**
   * Enums as entities listing their values, or left out. As entities: every enum when the whole schema is drawn
   * (one no field uses too), only those the drawn models use when `include`/`exclude` narrow it.
   * @default "entities"
   */
  readonly enums?: "entities" | "omit";
  /**
   * MongoDB composite types (`type` blocks) as entities labelled `type Name`, with a solid line from each document
   * that embeds one (`||--||` required, `||--o|` optional, `||--o{` list), or only as attribute types.
   * @default "entities"
   */
  readonly compositeTypes?: "entities" | "attributes";
  /**
   * Implicit many-to-many relations as one `}o--o{` line, or their join table drawn as an entity. MongoDB's id-list
   * many-to-many relations have no join table and are always one line.
   * @default "relation"
   */
  readonly manyToMany?: "relation" | "join-table";
  /** Models to draw, by name or glob (`*` any run of characters, `?` one). @default all */
  readonly include?: readonly string[];
  /** Models to leave out, by name or glob; applied after `include`. @default none */
  readonly exclude?: readonly string[];
  /** Layout direction. @default "TB" */
  readonly direction?: "TB" | "BT" | "LR" | "RL";
  /** A diagram title (front matter). @default none */
  readonly title?: string;
  /**
   * Splitting into several diagrams: `auto` splits only when a diagram would exceed `maxCharacters` (by
   * `/// @group Name` annotations when models have them, else by connected component); `group` and `component`
   * always split that way; `none` never splits.
   * @default "auto"
   */
  readonly split?: "auto" | "group" | "component" | "none";
  /** Longest diagram Mermaid renders by default. @default 50000 */
  readonly maxCharacters?: number;
  /** Output for renderers older than Mermaid 11 (no `?` or commas in types, no title front matter). @default false */
  readonly compat?: boolean;
  /** Base name of the files (`schema.mmd`, `schema.md`). @default "schema" */
  readonly fileName?: string;
}

/** Options with defaults filled in. */
export type ResolvedMermaidOptions = Required<Omit<MermaidOptions, "title" | "include" | "exclude">> & {
  readonly title: string | undefined;
  readonly include: readonly string[] | undefined;
  readonly exclude: readonly string[];
};

/** Fills in defaults. */
export function resolveMermaidOptions(options: MermaidOptions = {}): ResolvedMermaidOptions {
  return {
    names: options.names ?? "both",
    attributes: options.attributes ?? "all",
    comments: options.comments ?? true,
    enums: options.enums ?? "entities",
    compositeTypes: options.compositeTypes ?? "entities",
    manyToMany: options.manyToMany ?? "relation",
    include: options.include,
    exclude: options.exclude ?? [],
    direction: options.direction ?? "TB",
    title: options.title,
    split: options.split ?? "auto",
    maxCharacters: options.maxCharacters ?? 50_000,
    compat: options.compat ?? false,
    fileName: options.fileName ?? "schema",
  };
}

/** Whether a name matches a glob with `*` and `?`. */
export function matchesGlob(name: string, glob: string): boolean {
  const pattern = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${pattern}$`, "u").test(name);
}
