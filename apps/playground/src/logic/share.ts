import { strFromU8, strToU8, unzlibSync, zlibSync } from "fflate";

const prefix = "#schema=";

const optionsPart = "&options=";

/** base64url without padding, of bytes. */
function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * The URL hash that carries a schema (zlib-compressed UTF-8, base64url) and, when given, the options it is shown
 * with (JSON, base64url). Deterministic: same text and options, same hash.
 */
export function encodeSchemaHash(schema: string, options?: object): string {
  const schemaPart = prefix + base64url(zlibSync(strToU8(schema), { level: 9 }));
  return options === undefined ? schemaPart : schemaPart + optionsPart + base64url(strToU8(JSON.stringify(options)));
}

/** The schema in a URL hash made by `encodeSchemaHash`, or undefined when the hash holds none or is damaged. */
export function decodeSchemaHash(hash: string): string | undefined {
  if (!hash.startsWith(prefix)) return undefined;
  try {
    const end = hash.indexOf(optionsPart);
    return strFromU8(unzlibSync(fromBase64url(hash.slice(prefix.length, end === -1 ? undefined : end))));
  } catch {
    return undefined;
  }
}

/**
 * The options in a URL hash made by `encodeSchemaHash` (untrusted: normalize them), or undefined when it holds none
 * (a link made before links carried options) or they are damaged.
 */
export function decodeOptionsHash(hash: string): unknown {
  const start = hash.indexOf(optionsPart);
  if (!hash.startsWith(prefix) || start === -1) return undefined;
  try {
    return JSON.parse(strFromU8(fromBase64url(hash.slice(start + optionsPart.length))));
  } catch {
    return undefined;
  }
}

/**
 * A link that opens a diagram in the Mermaid live editor: its `#pako:` state is the editor's JSON state, zlib
 * compressed (as pako's `deflate` writes it) and base64url-encoded without padding.
 */
export function mermaidLiveUrl(code: string, theme: "default" | "dark" = "default"): string {
  const state = {
    code,
    mermaid: JSON.stringify({ theme, layout: "elk" }, null, 2),
    autoSync: true,
    updateDiagram: true,
  };
  return `https://mermaid.live/edit#pako:${base64url(zlibSync(strToU8(JSON.stringify(state)), { level: 9 }))}`;
}
