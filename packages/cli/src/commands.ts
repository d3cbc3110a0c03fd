/** Every flag `gen` knows: its type, short letter, value name and one line of help. */
export const flags = {
  schema: { type: "string", short: "s", value: "<path>", help: "schema file or folder (default: see below)" },
  out: {
    type: "string",
    short: "o",
    value: "<dir>",
    help: 'output folder, one subfolder per generator (default "generated")',
  },
  only: { type: "string", value: "<list>", help: "only these generators: types,zod,mermaid,sql" },
  dialect: {
    type: "string",
    value: "<list>",
    help: "SQL dialects: postgresql,mysql,sqlite (default: the datasource's)",
  },
  docs: {
    type: "string",
    value: "<file>",
    help: "keep the Mermaid diagram between <!-- cardinal:mermaid:start/end --> markers in this Markdown file (repeatable; default: generators.mermaid.docs)",
  },
  config: {
    type: "string",
    short: "c",
    value: "<path>",
    help: "config file (default: cardinal.config.{ts,mts,cts,js,mjs,cjs,json})",
  },
  format: {
    type: "string",
    value: "<format>",
    help: "validate: pretty or json; init: ts or json (the config file's kind)",
  },
  "dry-run": {
    type: "boolean",
    short: "n",
    help: "list the files that would be created, updated or deleted; write nothing",
  },
  diff: { type: "boolean", help: "with --dry-run: a unified diff of each change" },
  script: { type: "boolean", help: 'add a "gen" script to package.json' },
  json: { type: "boolean", help: "one JSON result on stdout (shape: README, schema/gen-output.schema.json)" },
  quiet: { type: "boolean", short: "q", help: "print only errors" },
  force: { type: "boolean", help: "allow an output folder outside the project, or reached through a symbolic link" },
  watch: { type: "boolean", short: "w", help: "same as gen watch" },
  name: { type: "string", value: "<name>", help: "migrate: the migration's name (its folder is <prefix>_<name>)" },
  migrations: {
    type: "string",
    value: "<dir>",
    help: 'migrate: the migrations folder (default: "migrations" beside the schema, as Prisma Migrate)',
  },
  naming: {
    type: "string",
    value: "<kind>",
    help: "migrate: timestamp (YYYYMMDDHHMMSS, Prisma's) or ordinal (0001, 0002...) folder prefixes (default timestamp)",
  },
  debug: { type: "boolean", help: "print the stack trace of an error" },
  help: { type: "boolean", short: "h", help: "help (for a command: gen check --help)" },
  version: { type: "boolean", short: "v", help: "the version" },
} as const;

/** A flag's long name. */
export type FlagName = keyof typeof flags;

/** The commands, each with its flags (besides --help, --version and --debug) and its help. */
export const commands = {
  generate: {
    usage: "gen [generate] [options]",
    summary: "run the generators and write their files",
    flags: ["schema", "out", "only", "dialect", "docs", "config", "dry-run", "diff", "json", "quiet", "force", "watch"],
  },
  check: {
    usage: "gen check [options]",
    summary: "exit 1 if the files on disk are stale, missing or extra (formatting is ignored)",
    flags: ["schema", "out", "only", "dialect", "docs", "config", "json", "quiet", "force"],
  },
  validate: {
    usage: "gen validate [--format pretty|json]",
    summary: "diagnostics only",
    flags: ["schema", "config", "format", "json", "quiet"],
  },
  watch: {
    usage: "gen watch [options]",
    summary: "generate, then again on every schema or config change (also: gen --watch)",
    flags: ["schema", "out", "only", "dialect", "docs", "config", "json", "quiet", "force"],
  },
  init: {
    usage: "gen init [--format ts|json] [--script]",
    summary: "write a config for the schema's database (and an example schema if there is none)",
    flags: ["schema", "format", "script", "json", "quiet"],
  },
  migrate: {
    usage: "gen migrate --name <name> [options]",
    summary: "write the SQL migration from the last migrated schema to this one (Prisma Migrate's folder layout)",
    flags: ["schema", "out", "dialect", "config", "name", "migrations", "naming", "json", "quiet"],
  },
  help: { usage: "gen help [command]", summary: "this help, or a command's", flags: [] },
} as const satisfies Record<string, { usage: string; summary: string; flags: readonly FlagName[] }>;

/** A command's name. */
export type CommandName = keyof typeof commands;

/** The names of every command, in the order help lists them. */
export const commandNames = Object.keys(commands) as CommandName[];

/** Flags every command takes. */
export const globalFlags: readonly FlagName[] = ["help", "version", "debug"];

/** The flags a command takes, its own and the global ones. */
export const flagsOf = (command: CommandName): readonly FlagName[] => [...commands[command].flags, ...globalFlags];
