/*
 * Tiny text builders for the generated client and server: the client is large (every model has eight types) and
 * printing it node by node with ts-morph is the slow part of generation, so these modules are written as text.
 * Each builder returns one declaration; callers join them with blank lines.
 */

import { commentSafe } from "@cardinal/core";

/** A JSDoc block for one line of text (a star-slash inside cannot end it). */
export function doc(text: string, indent = ""): string {
  return `${indent}/** ${commentSafe(text)} */`;
}

/** `name?: type;` (or without `?`). */
export function member(name: string, type: string, optional = true): string {
  return `${name}${optional ? "?" : ""}: ${type};`;
}

/** An exported interface with one member per line. */
export function iface(docs: string, name: string, members: readonly string[], heritage = ""): string {
  const body = members.length === 0 ? "{}" : `{\n${members.map((line) => `  ${line}`).join("\n")}\n}`;
  return `${doc(docs)}\nexport interface ${name}${heritage ? ` extends ${heritage}` : ""} ${body}`;
}

/** An exported type alias. */
export function alias(docs: string, name: string, type: string): string {
  return `${doc(docs)}\nexport type ${name} = ${type};`;
}

/** An inline object type `{ a: T; b?: U }` from members. */
export function inline(members: readonly string[]): string {
  return members.length === 0 ? "{}" : `{ ${members.join(" ").replace(/;$/, "")} }`;
}

/** `A | B | C`, or `never` for none. */
export function union(types: readonly string[]): string {
  return types.length === 0 ? "never" : types.join(" | ");
}
