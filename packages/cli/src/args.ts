import { parseArgs } from "node:util";
import type { SqlDialect } from "@cardinal/gen-sql";
import { type CommandName, commandNames, commands, type FlagName, flags, flagsOf } from "./commands.js";
import type { GeneratorName } from "./config.js";
import { didYouMean } from "./suggest.js";
import { UsageError } from "./usage-error.js";

/** The values of the flags given, by long name. */
export interface FlagValues {
  readonly schema?: string;
  readonly out?: string;
  readonly only?: readonly GeneratorName[];
  readonly dialect?: readonly SqlDialect[];
  /** `--docs`, repeatable. */
  readonly docs?: readonly string[];
  readonly config?: string;
  readonly format?: string;
  readonly "dry-run"?: boolean;
  readonly diff?: boolean;
  readonly script?: boolean;
  readonly json?: boolean;
  readonly quiet?: boolean;
  readonly force?: boolean;
  readonly watch?: boolean;
  /** `gen migrate`: the migration's name, its folder, and how folders are prefixed. */
  readonly name?: string;
  readonly migrations?: string;
  readonly naming?: string;
  readonly debug?: boolean;
  readonly help?: boolean;
  readonly version?: boolean;
}

/** A command line understood: the command, its flags, and the command `gen help <command>` asks about. */
export interface CommandLine {
  readonly command: CommandName;
  readonly values: FlagValues;
  readonly helpFor?: CommandName;
  /** Whether the command was named (`gen generate`), not implied (`gen`). */
  readonly named: boolean;
}

const dialects: readonly SqlDialect[] = ["postgresql", "mysql", "sqlite"];
const flagNames = Object.keys(flags) as FlagName[];
const shown = (name: string): `--${string}` => `--${name}`;

/**
 * Parses `gen`'s arguments with `node:util` `parseArgs` (tokens, not strict), then checks them against the command:
 * an unknown command or flag, a flag the command does not take, a missing value, an unknown generator or dialect
 * each throw a `UsageError` blaming that flag, with the closest known name (`--onyl`: did you mean --only?).
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const options = Object.fromEntries(
    flagNames.map((name) => {
      const flag: { type: "string" | "boolean"; short?: string } = flags[name];
      return [name, flag.short ? { type: flag.type, short: flag.short } : { type: flag.type }];
    }),
  );
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const positionals = tokens.flatMap((token) => (token.kind === "positional" ? [token.value] : []));
  const optionTokens = tokens.flatMap((token) => (token.kind === "option" ? [token] : []));
  // An unknown flag is said first: in `gen --onyl types`, `types` is the flag's value, not a command.
  const first = positionals[0];
  const tentative = first !== undefined && isCommand(first) ? first : "generate";
  for (const token of optionTokens) checkKnown(token.name, token.rawName, tentative);
  const command = commandOf(first, argv);
  const helpFor = command === "help" ? helpTopic(positionals[1]) : undefined;
  const extra = positionals[command === "help" ? 2 : first === undefined ? 0 : 1];
  if (extra !== undefined)
    throw new UsageError(`unexpected argument ${JSON.stringify(extra)}. See gen ${command} --help.`);
  const values: Record<string, unknown> = {};
  for (const token of optionTokens) {
    const name = checkFlag(token.name as FlagName, command);
    const value = flagValue(name, token.value, token.inlineValue === true);
    values[name] = name === "docs" ? [...((values.docs as string[] | undefined) ?? []), value] : value;
  }
  return {
    command: values.watch === true && positionals[0] === undefined ? "watch" : command,
    values,
    named: positionals[0] !== undefined,
    ...(helpFor ? { helpFor } : {}),
  };
}

function commandOf(word: string | undefined, argv: readonly string[]): CommandName {
  if (word === undefined) return "generate";
  if (isCommand(word)) return word;
  const hint = didYouMean(word, commandNames);
  const looksLikeValue = argv.some((arg, i) => arg.startsWith("-") && argv[i + 1] === word);
  throw new UsageError(
    `unknown command ${JSON.stringify(word)}${looksLikeValue && !hint ? " (a flag's value? use --flag=value)" : ""}${then(hint)}Commands: ${commandNames.join(", ")}.`,
  );
}

function helpTopic(word: string | undefined): CommandName | undefined {
  if (word === undefined) return undefined;
  if (isCommand(word)) return word;
  const hint = didYouMean(word, commandNames);
  throw new UsageError(`gen help: unknown command ${JSON.stringify(word)}${hint || "."}`);
}

/** What follows a message and its hint: the hint ends its sentence with `?`. */
const then = (hint: string) => (hint === "" ? ". " : `${hint} `);

const isCommand = (word: string): word is CommandName => (commandNames as readonly string[]).includes(word);

/** Throws for a flag no command knows, with the closest flag of the command. */
function checkKnown(name: string, rawName: string, command: CommandName): void {
  if ((flagNames as readonly string[]).includes(name)) return;
  const hint = rawName.startsWith("--") ? didYouMean(name, flagsOf(command), shown) : "";
  throw new UsageError(`unknown option ${rawName}${then(hint)}See gen ${command} --help.`);
}

/** The flag, when the command takes it. */
function checkFlag(name: FlagName, command: CommandName): FlagName {
  if (flagsOf(command).includes(name)) return name;
  const takers = commandNames.filter((c) => (commands[c].flags as readonly string[]).includes(name));
  throw new UsageError(
    `gen ${command} does not take ${shown(name)} (${takers.map((c) => `gen ${c}`).join(", ")} do${takers.length === 1 ? "es" : ""}).`,
    shown(name),
  );
}

function flagValue(name: FlagName, value: string | undefined, inline: boolean): unknown {
  if (flags[name].type === "boolean") {
    if (inline) throw new UsageError(`${shown(name)} takes no value, received ${JSON.stringify(value)}.`, shown(name));
    return true;
  }
  if (value === undefined)
    throw new UsageError(`${shown(name)} needs a value: ${shown(name)} ${flags[name].value}.`, shown(name));
  // Generator names are checked once the config is loaded: it may add plugins of its own (see checkOnly).
  if (name === "only") return listOf(value, "only", "generator");
  if (name === "dialect") return listOf(value, "dialect", "dialect", dialects);
  return value;
}

/** A comma-separated list, each item one of `known` when given. */
function listOf<T extends string>(value: string, flag: FlagName, kind: string, known?: readonly T[]): T[] {
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  if (known) checkListed(items, flag, kind, known);
  if (items.length === 0)
    throw new UsageError(`${shown(flag)} needs at least one ${known ? `of ${known.join(", ")}` : kind}.`, shown(flag));
  return items as T[];
}

/** Throws a `UsageError` for the first item that is not one of `known`, with the closest known one. */
function checkListed(items: readonly string[], flag: FlagName, kind: string, known: readonly string[]): void {
  for (const item of items) {
    if (!known.includes(item))
      throw new UsageError(
        `unknown ${kind} ${JSON.stringify(item)} in ${shown(flag)}${then(didYouMean(item, known))}Expected a comma-separated list of ${known.join(", ")}.`,
        shown(flag),
      );
  }
}

/**
 * Checks `--only` against the generators the config knows (the built-in ones and its plugins): an unknown name is a
 * `UsageError` blaming the flag, with the closest name (`tpyes`: did you mean types?).
 */
export function checkOnly(only: readonly string[] | undefined, known: readonly GeneratorName[]): void {
  if (only) checkListed(only, "only", "generator", known);
}
