import { examples } from "../logic/examples.js";
import { normalizeOptions, type PlaygroundOptions } from "../logic/options.js";
import { decodeOptionsHash, decodeSchemaHash, encodeSchemaHash } from "../logic/share.js";

const keys = {
  schema: "cardinal.playground.schema",
  example: "cardinal.playground.example",
  options: "cardinal.playground.options",
  /**
   * The last share links this browser's edits were made on or wrote (JSON list): an edit kept in localStorage is
   * newer than any of them. Several, not one: a reload may load the link of a moment ago while the closing page
   * still writes a newer one.
   */
  chain: "cardinal.playground.chain",
};

/** Where the editor's text came from, so a change of example can ask before discarding edits. */
export interface Session {
  readonly schema: string;
  /** The example the text started from; "" for a shared or restored schema of unknown origin. */
  readonly exampleId: string;
  readonly options: PlaygroundOptions;
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // private mode or full storage: the share link still carries the schema
  }
}

/** The session to start with: the share link's schema (with its options), else the last edit kept in localStorage, else example 1. */
export function restoreSession(hash: string): Session {
  let options = normalizeOptions(undefined);
  try {
    options = normalizeOptions(JSON.parse(read(keys.options) ?? "{}"));
  } catch {
    // damaged options: the defaults
  }
  const origin = (schema: string, fallback: string) =>
    examples.find((entry) => entry.schema === schema)?.id ?? fallback;
  const saved = read(keys.schema);
  const shared = decodeSchemaHash(hash);
  // A reload right after typing has the old share link in the address bar: the edit made on it wins. Another link
  // (a different hash) is someone's shared schema and wins over the local edit.
  const editedHere = saved !== null && hash !== "" && chain().includes(hash);
  if (shared !== undefined && !editedHere) {
    // A link's own options win (a link made before links carried them keeps the visitor's).
    const linked = decodeOptionsHash(hash);
    const shown = linked === undefined ? options : normalizeOptions(linked);
    return { schema: shared, exampleId: origin(shared, ""), options: shown };
  }
  const first = examples[0];
  if (saved !== null) return { schema: saved, exampleId: origin(saved, read(keys.example) ?? ""), options };
  return { schema: first?.schema ?? "", exampleId: first?.id ?? "", options };
}

/** The share links of this browser's edit chain, newest first. */
function chain(): string[] {
  try {
    const list: unknown = JSON.parse(read(keys.chain) ?? "[]");
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** Notes a share link as part of this browser's edit chain (the last 8 are kept). */
function extendChain(hash: string): void {
  if (hash === "") return;
  write(keys.chain, JSON.stringify([hash, ...chain().filter((item) => item !== hash)].slice(0, 8)));
}

/** Keeps the editor's text in localStorage at once (cheap), noting the share link it was edited on. */
export function keepEdit(schema: string, exampleId: string): void {
  write(keys.schema, schema);
  write(keys.example, exampleId);
  extendChain(location.hash);
}

/** Keeps the editor's text in localStorage and, with the options, in the address bar's share link (no new history entry). */
export function saveSchema(schema: string, exampleId: string, options: PlaygroundOptions): void {
  history.replaceState(null, "", encodeSchemaHash(schema, options));
  keepEdit(schema, exampleId);
}

/** Keeps the options panel's choices, in localStorage and in the share link when the address bar holds one. */
export function saveOptions(options: PlaygroundOptions): void {
  write(keys.options, JSON.stringify(options));
  const schema = decodeSchemaHash(location.hash);
  if (schema === undefined) return;
  const editedHere = chain().includes(location.hash);
  history.replaceState(null, "", encodeSchemaHash(schema, options));
  if (editedHere) extendChain(location.hash);
}
