import { type CommandName, commandNames, commands, type FlagName, flags, flagsOf } from "./commands.js";

const exitCodes =
  "Exit codes: 0 success, 1 schema errors or stale output, 2 usage, config or file-system errors, 3 a bug.";

const schemaDefault =
  "The schema, with no --schema: the config's, else package.json prisma.schema, prisma/schema.prisma,\nprisma/schema/ or schema.prisma.";

/** `  -q, --quiet   print only errors`, aligned. */
function flagLine(name: FlagName): string {
  const flag: { short?: string; value?: string; help: string } = flags[name];
  const left = `${flag.short ? `-${flag.short}, ` : "    "}--${name}${flag.value ? ` ${flag.value}` : ""}`;
  return `  ${left.padEnd(26)} ${flag.help}`;
}

/** `gen --help`: the commands and the options of `gen [generate]`. */
export function usage(): string {
  const lines = commandNames.map((name) => `  ${commands[name].usage.padEnd(40)} ${commands[name].summary}`);
  return [
    "gen — Cardinal: TypeScript types, zod schemas, Mermaid diagrams and SQL from a Prisma schema",
    "",
    "Usage",
    ...lines,
    "",
    "Options (gen <command> --help for a command's own)",
    ...flagsOf("generate").map(flagLine),
    "",
    schemaDefault,
    exitCodes,
  ].join("\n");
}

/** `gen <command> --help`. */
export function commandUsage(command: CommandName): string {
  const { usage: line, summary } = commands[command];
  const own = flagsOf(command);
  const notes = own.includes("schema") ? [schemaDefault] : [];
  return [`${line}\n  ${summary}`, "", "Options", ...own.map(flagLine), "", ...notes, exitCodes].join("\n");
}
