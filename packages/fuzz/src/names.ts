import { hostileComments, hostileFoldedNames, hostileLongNames, hostileTypeNames } from "@cardinal/testing";

/** Model and enum names: every hostile name of @cardinal/testing, Unicode names and a few plain ones. */
export const typeNamePool: readonly string[] = [
  ...hostileTypeNames,
  ...hostileFoldedNames,
  ...hostileLongNames,
  "Ünïcødé",
  "日本語",
  "Ωmega",
  "Élan",
  "Post",
  "Order",
  "Select",
  "Table",
  "Group",
];

/** Field names: JavaScript's dangerous property names and keywords, SQL keywords, case-fold pairs, Unicode. */
export const fieldNamePool: readonly string[] = [
  ..."class constructor toString valueOf hasOwnProperty isPrototypeOf prototype then default new delete typeof void",
  ..." in instanceof enum export import return function let const var yield await async this super null true false",
  ..." select from where order group table user User Name name NAME straße STRASSE ﬁle file Aσ Aς ñ émoji z x",
  ..." _count _avg AND OR NOT id2 createdAt updatedAt",
]
  .join("")
  .trim()
  .split(/\s+/)
  .filter((name) => /^\p{L}/u.test(name));

/** Enum value names (Prisma accepts keywords and prototype keys there). */
export const enumValuePool: readonly string[] = [
  ..."constructor toString valueOf then class default null true false A a B b ñ Ä ä select DROP prototype",
]
  .join("")
  .split(/\s+/);

/**
 * Odd `@map` / `@@map` targets, as Prisma string-literal bodies: spaces, dots, quotes, SQL keywords, prototype
 * keys (only reachable through a map: Prisma identifiers cannot start with `_`), Unicode and a 60-byte name.
 */
export const mapNamePool: readonly string[] = [
  "__proto__",
  "constructor",
  "select",
  "order by",
  "a.b",
  "x y",
  "dash-name",
  'quote\\"d',
  "back`tick",
  "semi;colon",
  "Ünïcødé",
  "1starts_with_digit",
  "UPPER",
  "upper",
  `m${"x".repeat(59)}`,
];

/** Doc-comment texts: the shared hostile comments plus short ones that end comments and strings. */
export const commentPool: readonly string[] = [
  ...hostileComments,
  "*/",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, not a template.
  "${process.exit(1)}",
  "`backtick` 'single' \"double\"",
  "%% mermaid comment",
  "-- sql comment",
  "\u2028",
  "plain words",
];
