import type { HelperNames } from "../naming.js";
import type { ResolvedTypesOptions } from "../options.js";

/*
 * The statements of the generated transport functions. The generated code uses no template literals (so these
 * can be written as templates that only insert names), refers to globals as `globalThis.X` (a model or enum may be
 * called `Date` or `Error`) and needs only the ES2019 library: no DOM, no Node types, no `btoa`.
 */

const alphabet = `const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";`;
/** Keys of plain objects that could be read as a tag: `$type`, `$$type`... get one more `$` on the wire. */
const tagKey = String.raw`/^\$+type$/`;

/** `encode(value)`: a replacer tags Dates, bigints, bytes and decimal objects, and escapes `$type` keys. */
export function encodeStatements(names: HelperNames): string[] {
  return [
    alphabet,
    "const base64 = (bytes: globalThis.Uint8Array): string => {",
    "  const out: string[] = [];",
    "  for (let i = 0; i < bytes.length; i += 3) {",
    "    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);",
    "    const chars = [n >> 18, n >> 12, n >> 6, n].map((c) => alphabet.charAt(c & 63));",
    '    out.push(chars.slice(0, 1 + globalThis.Math.min(3, bytes.length - i)).join("").padEnd(4, "="));',
    "  }",
    '  return out.join("");',
    "};",
    "// Prisma's Decimal (decimal.js) and look-alikes: digits `d`, exponent `e`, sign `s` and `toFixed()`.",
    "const isDecimal = (v: unknown): v is { toFixed(): string } => {",
    "  const d = v as { d?: unknown; e?: unknown; s?: unknown; toFixed?: unknown } | null;",
    '  return typeof d === "object" && d !== null && typeof d.toFixed === "function" &&',
    '    globalThis.Array.isArray(d.d) && typeof d.e === "number" && typeof d.s === "number";',
    "};",
    `const wrapper = { cardinal: ${names.taggedFormatVersion}, data: value };`,
    "return globalThis.JSON.stringify(wrapper, function (this: unknown, key: string, json: unknown): unknown {",
    "  const original = (this as { [key: string]: unknown })[key];",
    "  if (original instanceof globalThis.Date) {",
    '    if (globalThis.Number.isNaN(original.getTime())) throw new globalThis.TypeError("encode: an invalid Date at " + key);',
    '    return { $type: "DateTime", value: original.toISOString() };',
    "  }",
    '  if (typeof original === "bigint") return { $type: "BigInt", value: original.toString() };',
    '  if (original instanceof globalThis.Uint8Array) return { $type: "Bytes", value: base64(original) };',
    '  if (isDecimal(original)) return { $type: "Decimal", value: original.toFixed() };',
    '  if (typeof json !== "object" || json === null || globalThis.Array.isArray(json)) return json;',
    "  const entries = globalThis.Object.entries(json);",
    `  if (!entries.some(([k]) => ${tagKey}.test(k))) return json;`,
    `  return globalThis.Object.fromEntries(entries.map(([k, v]) => [${tagKey}.test(k) ? "$" + k : k, v]));`,
    "});",
  ];
}

/** `decode(text)`: a reviver turns tags back into values, per the generated types, and rejects anything else. */
export function decodeStatements(names: HelperNames, options: ResolvedTypesOptions): string[] {
  const date = options.dateTime === "Date" ? "new globalThis.Date(text)" : "text";
  const decimal = options.decimal === "string" ? `text as ${names.decimal}` : "globalThis.Number(text)";
  return [
    "const fail = (message: string): never => {",
    '  throw new globalThis.TypeError("decode: " + message);',
    "};",
    alphabet,
    "const bytes = (text: string): globalThis.Uint8Array => {",
    '  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return fail("a Bytes value is not base64");',
    '  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;',
    "  const out = new globalThis.Uint8Array((text.length / 4) * 3 - padding);",
    "  for (let i = 0, o = 0; i < text.length; i += 4) {",
    "    let n = 0;",
    "    for (let j = 0; j < 4; j++) n = (n << 6) | globalThis.Math.max(0, alphabet.indexOf(text.charAt(i + j)));",
    "    for (const shift of [16, 8, 0]) if (o < out.length) out[o++] = (n >> shift) & 255;",
    "  }",
    "  return out;",
    "};",
    "const revive = (tagged: { [key: string]: unknown }): unknown => {",
    '  const text = tagged["value"];',
    '  if (globalThis.Object.keys(tagged).length !== 2 || typeof text !== "string")',
    '    return fail("a tagged value is exactly { $type, value: string }");',
    '  switch (tagged["$type"]) {',
    '    case "DateTime":',
    String.raw`      if (!/^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(text) ||`,
    "        globalThis.Number.isNaN(new globalThis.Date(text).getTime()))",
    '        return fail("a DateTime value is not an ISO 8601 date-time: " + text.slice(0, 40));',
    `      return ${date};`,
    '    case "BigInt":',
    String.raw`      return /^-?\d+$/.test(text) ? globalThis.BigInt(text) : fail("a BigInt value is not an integer");`,
    '    case "Decimal":',
    String.raw`      if (!/^-?\d+(\.\d+)?$/.test(text)) return fail("a Decimal value is not a decimal number");`,
    `      return ${decimal};`,
    '    case "Bytes":',
    "      return bytes(text);",
    "    default:",
    '      return fail("unknown tag " + globalThis.String(globalThis.JSON.stringify(tagged["$type"])).slice(0, 40));',
    "  }",
    "};",
    "// JSON.parse and its reviver define properties: a `__proto__` key stays a plain key and never sets a prototype.",
    "const body: unknown = globalThis.JSON.parse(text, (_key: string, value: unknown): unknown => {",
    '  if (typeof value !== "object" || value === null || globalThis.Array.isArray(value)) return value;',
    "  const record = value as { [key: string]: unknown };",
    '  if (globalThis.Object.prototype.hasOwnProperty.call(record, "$type")) return revive(record);',
    "  const keys = globalThis.Object.keys(record);",
    String.raw`  if (!keys.some((k) => /^\$\$+type$/.test(k))) return record;`,
    String.raw`  return globalThis.Object.fromEntries(keys.map((k) => [/^\$\$+type$/.test(k) ? k.slice(1) : k, record[k]]));`,
    "});",
    "const envelope = body as { cardinal?: unknown; data?: unknown } | null;",
    `if (typeof envelope !== "object" || envelope === null || envelope.cardinal !== ${names.taggedFormatVersion})`,
    `  return fail("expected a body { cardinal: " + ${names.taggedFormatVersion} + ", data }");`,
    "return envelope.data;",
  ];
}

/** `fetchTransport(url, options)`: POSTs `encode(request)`, decodes the answer, rejects on a non-2xx status. */
export function fetchTransportStatements(names: HelperNames): string[] {
  return [
    `const send = options.fetch ?? (globalThis as unknown as { fetch?: ${names.fetchLike} }).fetch;`,
    'if (send === undefined) throw new globalThis.Error("fetchTransport: there is no global fetch; pass options.fetch");',
    "return async (request) => {",
    `  const headers = { "content-type": "application/json", ...options.headers };`,
    `  const response = await send(url, { method: "POST", headers, body: ${names.encode}(request) });`,
    "  const text = await response.text();",
    "  if (!response.ok)",
    '    throw new globalThis.Error("fetchTransport: " + url + " answered " + response.status + ": " + text.slice(0, 500));',
    `  return ${names.decode}(text);`,
    "};",
  ];
}
