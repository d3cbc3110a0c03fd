/**
 * A cursor over one line of a schema. Prisma's grammar never lets a field, attribute or argument list
 * span lines, so every parse below the block level works inside one line.
 */
export class LineScanner {
  pos: number;

  constructor(
    readonly text: string,
    start: number,
    /** Offset of the line's end (its newline, or the end of the text). */
    readonly end: number,
  ) {
    this.pos = start;
  }

  /** Skips spaces and tabs (Prisma's WHITESPACE). */
  skipWhitespace(): void {
    while (this.pos < this.end) {
      const ch = this.text[this.pos];
      if (ch !== " " && ch !== "\t" && !isSpaceSeparator(ch)) break;
      this.pos++;
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
  identifier(): { text: string; start: number; end: number } | undefined {
    const start = this.pos;
    const first = this.codePointLength(isIdentifierStart);
    if (first === 0) return undefined;
    this.pos += first;
    for (;;) {
      const length = this.codePointLength(isIdentifierPart);
      if (length === 0) break;
      this.pos += length;
    }
    return { text: this.text.slice(start, this.pos), start, end: this.pos };
  }

  /** The UTF-16 length of the code point at `pos` if it passes `test`, else 0. */
  private codePointLength(test: (char: string) => boolean): number {
    if (this.pos >= this.end) return 0;
    const codePoint = this.text.codePointAt(this.pos) ?? 0;
    const char = String.fromCodePoint(codePoint);
    return test(char) ? char.length : 0;
  }

  /** `identifier ("." identifier?)*`: `db.VarChar`, `a.b.`. */
  path(): { text: string; start: number; end: number } | undefined {
    const first = this.identifier();
    if (!first) return undefined;
    while (this.peek() === ".") {
      this.pos++;
      this.identifier();
    }
    return { text: this.text.slice(first.start, this.pos), start: first.start, end: this.pos };
  }

  /**
   * After optional whitespace, a `//` or `///` comment running to the line's end, or nothing.
   * Returns whether the rest of the line is empty; `doc` is the text of a `///` comment.
   */
  restIsBlank(): { blank: boolean; doc: string | undefined } {
    this.skipWhitespace();
    if (this.atEnd()) return { blank: true, doc: undefined };
    if (this.startsWith("//")) {
      const isDoc = this.startsWith("///");
      const doc = isDoc ? this.text.slice(this.pos + 3, this.end) : undefined;
      this.pos = this.end;
      return { blank: true, doc };
    }
    return { blank: false, doc: undefined };
  }
}

const identifierStart = /^[\p{Alphabetic}0-9]$/u;
const identifierPart = /^[\p{Alphabetic}0-9_-]$/u;

function isIdentifierStart(char: string): boolean {
  return identifierStart.test(char);
}

function isIdentifierPart(char: string): boolean {
  return identifierPart.test(char);
}

/** Unicode space separators (category Zs), which Prisma's grammar treats as whitespace. */
function isSpaceSeparator(ch: string | undefined): boolean {
  return ch !== undefined && /^\p{Zs}$/u.test(ch);
}
