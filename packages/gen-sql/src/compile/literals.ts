/**
 * A DateTime default as Prisma writes it: `2024-01-01 00:00:00 +00:00` (fractional seconds kept, `Z` as
 * `+00:00`). Text that is not an RFC 3339 timestamp is kept as written.
 */
export function formatDateTimeLiteral(raw: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(raw);
  if (!match) return raw;
  const [, date, time, fraction = "", zone = "Z"] = match;
  return `${date} ${time}${fraction} ${zone.toUpperCase() === "Z" ? "+00:00" : zone}`;
}

/** A Bytes default (base64 in the schema) as hex digits. */
export function base64ToHex(base64: string): string {
  return Array.from(atob(base64), (char) => char.charCodeAt(0).toString(16).padStart(2, "0")).join("");
}

/** Whether text is valid base64 (atob would throw otherwise). */
export function isBase64(text: string): boolean {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0;
}

/**
 * Doc-comment text a database can keep: PostgreSQL text cannot hold NUL (the statement fails) and SQLite reads a
 * script only up to one, so NUL is written as `␀` (U+2400, the symbol for NUL). Every other character is kept; the
 * dialect quotes or splits the text.
 */
export function commentText(text: string): string {
  return text.replaceAll("\u0000", "\u2400");
}
