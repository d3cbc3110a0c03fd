import type { Identifier } from "./ast.js";

/**
 * A cursor over one line of a schema. Prisma's grammar never lets a field, attribute or argument list
 * span lines, so every parse below the block level works inside one line.
 */
export class LineScanner {
  pos: number;
  /** How many calls and brackets enclose the expression being parsed (bounded by the expression parser). */
  depth = 0;
  /** Whether the line nests expressions too deeply; reported once, so the line gets no second diagnostic. */
  tooDeep = false;

  constructor(
    readonly text: string,
    start: number,
    /** Offset of the line's end (its newline, or the end of the text). */
    readonly end: number,
    /** Shared per file: one string per distinct name, as names repeat on almost every line. */
    private readonly names: Map<string, string> = new Map(),
  ) {
    this.pos = start;
  }

  private intern(text: string): string {
    const known = this.names.get(text);
    if (known !== undefined) return known;
    this.names.set(text, text);
    return text;
  }

  /** Skips spaces, tabs and other Unicode space separators (Prisma's WHITESPACE). */
  skipWhitespace(): void {
    while (this.pos < this.end) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 32 || code === 9 || (code >= 0x80 && isSpaceSeparator(this.text[this.pos] as string))) this.pos++;
      else break;
    }
  }

  peek(offset = 0): string | undefined {
    const at = this.pos + offset;
    return at < this.end ? this.text[at] : undefined;
  }

  startsWith(literal: string): boolean {
    return this.pos + literal.length <= this.end && this.text.startsWith(literal, this.pos);
  }

  /** Consumes `literal` if it comes next. */
  eat(literal: string): boolean {
    if (!this.startsWith(literal)) return false;
    this.pos += literal.length;
    return true;
  }

  atEnd(): boolean {
    return this.pos >= this.end;
  }

  /**
   * Prisma's identifier: a Unicode letter (`Alphabetic`) or ASCII digit, then letters, digits, `_` and `-`.
   * Undefined when none starts here.
   */
  identifier(): Identifier | undefined {
    const start = this.pos;
    const first = this.identifierCharLength(false);
    if (first === 0) return undefined;
    this.pos += first;
    for (;;) {
      const length = this.identifierCharLength(true);
      if (length === 0) break;
      this.pos += length;
    }
    return { text: this.intern(this.text.slice(start, this.pos)), start, end: this.pos };
  }

  /** The UTF-16 length of the identifier character at `pos` (0 when there is none); ASCII needs no regex. */
  private identifierCharLength(inside: boolean): number {
    if (this.pos >= this.end) return 0;
    const code = this.text.charCodeAt(this.pos);
    if (code < 0x80) {
      const isAlnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
      return isAlnum || (inside && (code === 95 || code === 45)) ? 1 : 0;
    }
    const char = String.fromCodePoint(this.text.codePointAt(this.pos) ?? 0);
    return identifierLetter.test(char) ? char.length : 0;
  }

  /** `identifier ("." identifier?)*`: `db.VarChar`, `a.b.`. */
  path(): Identifier | undefined {
    const first = this.identifier();
    if (!first) return undefined;
    if (this.peek() !== ".") return first;
    while (this.peek() === ".") {
      this.pos++;
      this.identifier();
    }
    const start = first.start;
    return { text: this.intern(this.text.slice(start, this.pos)), start, end: this.pos };
  }

  /**
   * After optional whitespace, a `//` or `///` comment running to the line's end, a block comment (`/*` to the next star-slash) followed by
   * nothing but whitespace (Prisma allows one trailing comment), or nothing.
   * Returns whether the rest of the line is empty; `doc` is the text of a `///` comment.
   * @param multiline whether a block comment may close on a later line (then `consumedEnd` is that line's end)
   */
  restIsBlank(multiline = true): { blank: boolean; doc: string | undefined } {
    this.skipWhitespace();
    if (this.atEnd()) return { blank: true, doc: undefined };
    if (this.startsWith("//")) {
      const isDoc = this.startsWith("///");
      const doc = isDoc ? this.text.slice(this.pos + 3, this.end) : undefined;
      this.pos = this.end;
      return { blank: true, doc };
    }
    if (this.startsWith("/*")) return { blank: this.trailingBlockComment(multiline), doc: undefined };
    return { blank: false, doc: undefined };
  }

  /** Where this line's text ends, past the end of a trailing block comment that spans lines. */
  get consumedEnd(): number {
    return this.extendedEnd ?? this.end;
  }

  private extendedEnd: number | undefined;

  /** Consumes a trailing block comment and the whitespace after it; false when something else follows or it never closes. */
  private trailingBlockComment(multiline: boolean): boolean {
    const close = this.text.indexOf("*/", this.pos + 2);
    if (close < 0 || (!multiline && close + 2 > this.end)) return false;
    const after = close + 2;
    if (after <= this.end) {
      this.pos = after;
      this.skipWhitespace();
      return this.atEnd();
    }
    const closingLine = new LineScanner(this.text, after, lineEndAt(this.text, after));
    closingLine.skipWhitespace();
    if (!closingLine.atEnd()) return false;
    this.pos = this.end;
    this.extendedEnd = closingLine.end;
    return true;
  }
}

/** The offset of the line end (newline or end of text) at or after `from`. */
export function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) return i;
  }
  return text.length;
}

/** Non-ASCII identifier characters: Unicode letters (Prisma's grammar uses `ALPHABETIC`). */
const identifierLetter = /^\p{Alphabetic}$/u;

/** Unicode space separators (category Zs), which Prisma's grammar treats as whitespace. */
const spaceSeparator = /^\p{Zs}$/u;

function isSpaceSeparator(ch: string): boolean {
  return spaceSeparator.test(ch);
}
