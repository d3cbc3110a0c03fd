/**
 * The longest file name stem, in UTF-8 bytes, that `uniqueFileNames` gives. File systems allow 255 bytes per path
 * segment; this leaves room for an extension and a writer's temporary suffix (`.ts.cardinal-12345.tmp`).
 */
export const maxFileStemBytes = 150;

/** Device names Windows reserves whatever the extension (`con.ts` cannot be created). */
const windowsDevices = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;

/**
 * How a case-insensitive file system may see a name: compatibility-normalized (NFKC: `ﬁ` is `fi`, fullwidth `ｆ`
 * is `f`, and NFD and NFC spellings meet) and case-folded through upper then lower case, which folds at least as
 * much as full Unicode case folding (`ß`/`SS`, `ς`/`σ`/`Σ`) and as Windows' upper-case table (`ı`/`I`).
 */
export function fileNameKey(name: string): string {
  return name.normalize("NFKC").toUpperCase().toLowerCase().normalize("NFKC");
}

const encoder = new TextEncoder();

/** 32-bit FNV-1a of the UTF-8 bytes, as 8 hex digits: short, stable, and the same in Node and browsers. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/** The longest prefix of whole code points that fits in `bytes` UTF-8 bytes. */
function cutToBytes(text: string, bytes: number): string {
  let length = 0;
  let result = "";
  for (const char of text) {
    length += encoder.encode(char).length;
    if (length > bytes) break;
    result += char;
  }
  return result;
}

/** A stem within the byte limit: too long a name keeps its start and gets a hash of the whole name. */
function boundedStem(name: string, maxBytes: number): string {
  if (encoder.encode(name).length <= maxBytes) return name;
  return `${cutToBytes(name, maxBytes - 9)}-${shortHash(name)}`;
}

/** Options of `uniqueFileNames`. */
export interface FileNameOptions {
  /** The wanted stem of a name, before disambiguation. @default the name itself */
  readonly stem?: (name: string) => string;
  /** The longest stem in UTF-8 bytes. @default maxFileStemBytes (150) */
  readonly maxBytes?: number;
}

/**
 * File name stems (no extension) for names, one per name, that stay distinct where file systems compare names
 * case-insensitively and under Unicode normalization (`User`/`user`, `Aσ`/`Aς`, `ﬁle`/`file`), fit in
 * `maxBytes` UTF-8 bytes, and avoid Windows device names. Deterministic and independent of the names' order: names
 * are taken in code-unit order, each keeps its wanted stem when no earlier one holds the same key, and the others
 * get the first free `_2`, `_3`, ... suffix.
 * @example uniqueFileNames(["user", "User"]) // Map { "User" => "User", "user" => "user_2" }
 */
export function uniqueFileNames(names: readonly string[], options: FileNameOptions = {}): Map<string, string> {
  const { stem = (name: string) => name, maxBytes = maxFileStemBytes } = options;
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const taken = new Set<string>();
  const stems = new Map<string, string>();
  const claim = (name: string, candidate: string) => {
    const key = fileNameKey(candidate);
    if (taken.has(key) || windowsDevices.test(key)) return false;
    taken.add(key);
    stems.set(name, candidate);
    return true;
  };
  const pending = sorted.filter((name) => !claim(name, boundedStem(stem(name), maxBytes)));
  for (const name of pending) {
    for (let n = 2; ; n++) {
      const suffix = `_${n}`;
      if (claim(name, `${boundedStem(stem(name), maxBytes - suffix.length)}${suffix}`)) break;
    }
  }
  return new Map(names.map((name) => [name, stems.get(name) as string]));
}
