import { examples } from "../logic/examples.js";
import { normalizeOptions, type PlaygroundOptions } from "../logic/options.js";
import { decodeOptionsHash, decodeSchemaHash, encodeSchemaHash } from "../logic/share.js";

const keys = {
  schema: "cardinal.playground.schema",
  example: "cardinal.playground.example",
  options: "cardinal.playground.options",
  /** The address bar's hash when the schema was last kept: an edit not yet in the share link was made on it. */
  base: "cardinal.playground.base",
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
  const editedHere = saved !== null && hash !== "" && read(keys.base) === hash;
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

/** Keeps the editor's text in localStorage at once (cheap), noting the share link it was edited on. */
export function keepEdit(schema: string, exampleId: string): void {
  write(keys.schema, schema);
  write(keys.example, exampleId);
  write(keys.base, location.hash);
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
  const editedHere = read(keys.base) === location.hash;
  history.replaceState(null, "", encodeSchemaHash(schema, options));
  if (editedHere) write(keys.base, location.hash);
}
