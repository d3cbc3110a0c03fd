/**
 * A small text writer for generated TypeScript: two-space indentation, `\n` line ends, and indentation added only
 * to lines that have text (no trailing spaces). It keeps the subset of code-block-writer's behaviour that the
 * generators use, without loading TypeScript or ts-morph.
 */
export class CodeWriter {
  private readonly parts: string[] = [];
  /** The last two characters written, newest last. */
  private previous = "";
  private last = "";
  private level = 0;
  /** The level a hanging indent applies from the next line break on. */
  private queuedLevel: number | undefined;

  /** Writes text; each line after a line break starts at the current indentation. */
  write(text: string): this {
    if (!text.includes("\n")) {
      if (text.length === 0) return this;
      if (this.atLineStart() && this.level > 0) this.append("  ".repeat(this.level));
      this.append(text);
      return this;
    }
    const lines = text.split("\n");
    for (const [index, line] of lines.entries()) {
      if (index > 0) this.newLine();
      if (line.length === 0) continue;
      if (this.atLineStart()) this.append("  ".repeat(this.level));
      this.append(line);
    }
    return this;
  }

  /** Writes text on a line of its own. */
  writeLine(text: string): this {
    this.newLineIfLastNot();
    this.write(text);
    return this.newLine();
  }

  /** Ends the line. */
  newLine(): this {
    this.append("\n");
    if (this.queuedLevel !== undefined) {
      this.level = this.queuedLevel;
      this.queuedLevel = undefined;
    }
    return this;
  }

  /** Ends the line unless it is already ended (or nothing is written yet). */
  newLineIfLastNot(): this {
    if (this.last !== "" && this.last !== "\n") this.newLine();
    return this;
  }

  /** Leaves one blank line unless the text already ends with one. */
  blankLineIfLastNot(): this {
    if (this.last === "\n" && this.previous === "\n") return this;
    return this.newLineIfLastNot().newLine();
  }

  /** Writes `block` one level deeper, on lines of its own. */
  indent(block: () => void): this {
    this.newLineIfLastNot();
    this.level++;
    block();
    this.level--;
    return this;
  }

  /** Lines started inside `action` are one level deeper than the line it starts on (a hanging indent). */
  hanging(action: () => void): this {
    const level = this.level;
    this.queuedLevel = level + 1;
    action();
    this.level = level;
    this.queuedLevel = undefined;
    return this;
  }

  /** True before anything is written. */
  isEmpty(): boolean {
    return this.last === "";
  }

  /** The last character that is not a space or a line break, if any. */
  lastNonWhitespaceChar(): string | undefined {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const trimmed = (this.parts[i] as string).trimEnd();
      if (trimmed.length > 0) return trimmed[trimmed.length - 1];
    }
    return undefined;
  }

  /** Everything written. */
  toString(): string {
    return this.parts.join("");
  }

  private atLineStart(): boolean {
    return this.last === "" || this.last === "\n";
  }

  private append(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.previous = text.length > 1 ? (text[text.length - 2] as string) : this.last;
    this.last = text[text.length - 1] as string;
  }
}
