/**
 * Mermaid-safe text. Mermaid decodes `#name;` and `#123;` entity codes in quoted text, so anything its parser or
 * renderer would trip on is written as a code:
 * - `"` ends a quoted string;
 * - a line containing `direction` followed by TB/BT/LR/RL is taken as a direction statement, even inside a label;
 * - `__x__` and `*x*` render bold or italic;
 * - `#` would start an entity code, `;` may end a statement, and `<`, `>`, `&` reach the SVG;
 * - line breaks end a statement.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[#"<>&;*`]/g, (char) => `#${char.charCodeAt(0)};`)
    .replace(/\r\n|\r|\n/g, " ")
    .replace(/__/g, "#95;#95;")
    .replace(/(d)(irection)/gi, (_match, d: string, rest: string) => `${d}#${rest.charCodeAt(0)};${rest.slice(1)}`);
}

/** A quoted name or label. */
export function quote(text: string): string {
  return `"${escapeText(text)}"`;
}

/**
 * An attribute name: Mermaid does not quote these, so characters outside its name pattern become `_`. Prisma
 * field names always fit; database names (`@map`) may not, and then the real name goes into the comment.
 */
export function attributeName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}_-]/gu, "_");
  return /^[\p{L}_]/u.test(safe) ? safe : `_${safe}`;
}

/**
 * An attribute type. Mermaid 11 takes `?`, `[]`, parentheses and commas (`Decimal(10,2)`); older renderers
 * (`compat`) only letters, digits, `_`, `-`, `[]` and `()`.
 */
export function attributeType(type: string, compat: boolean): string {
  const allowed = compat ? /[^A-Za-z0-9_\-[\]()]/g : /[^A-Za-z0-9_\-[\]()?,]/g;
  return type.replace(allowed, "_");
}
