import { strFromU8, strToU8, unzlibSync, zlibSync } from "fflate";

const prefix = "#schema=";

/** The URL hash that carries a schema: zlib-compressed UTF-8, base64url. Deterministic: same text, same hash. */
export function encodeSchemaHash(schema: string): string {
  const bytes = zlibSync(strToU8(schema), { level: 9 });
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return prefix + btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The schema in a URL hash made by `encodeSchemaHash`, or undefined when the hash holds none or is damaged. */
export function decodeSchemaHash(hash: string): string | undefined {
  if (!hash.startsWith(prefix)) return undefined;
  try {
    const base64 = hash.slice(prefix.length).replaceAll("-", "+").replaceAll("_", "/");
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return strFromU8(unzlibSync(bytes));
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
  const bytes = zlibSync(strToU8(JSON.stringify(state)), { level: 9 });
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `https://mermaid.live/edit#pako:${btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")}`;
}
