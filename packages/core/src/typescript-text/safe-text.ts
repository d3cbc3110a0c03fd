/*
 * Schema text inside generated TypeScript: names and `///` comments come from the schema's author and must never
 * change what the generated code does. Every generator that writes TypeScript goes through these, so the rules live
 * in one place.
 */

/** An identifier as ECMAScript defines it (`$`, `_`, Unicode letters; ZWNJ and ZWJ inside). */
const identifier = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/**
 * A property key as generated code writes it: the name itself when it is an identifier, else a double-quoted string
 * literal (`"my-field"`), which no name can break out of.
 * @example propertyKey("email") // "email"; propertyKey("e-mail") // "\"e-mail\""
 */
export function propertyKey(name: string): string {
  return identifier.test(name) ? name : JSON.stringify(name);
}

/**
 * Text to put inside a block or JSDoc comment: a star followed by a slash gets a backslash between them, so the text
 * cannot end the comment early and have the rest read as code.
 * @example const line = ` * ${commentSafe(documentation)}`; // one line of a JSDoc block
 */
export function commentSafe(text: string): string {
  return text.replaceAll("*/", "*\\/");
}

/**
 * The `docs` of a statement or property for a schema doc comment: none when there is no comment.
 * @example docsOf("The user's email.") // [{ description: "The user's email." }]
 */
export function docsOf(text: string | undefined): { description: string }[] {
  return text === undefined ? [] : [{ description: commentSafe(text) }];
}
