import type { Report } from "../diagnostics/collector.js";
import type { SourceFile } from "../diagnostics/source-file.js";
import type {
  Attribute,
  Block,
  ConfigProperty,
  EnumValueDeclaration,
  FieldDeclaration,
  Identifier,
  SchemaFileAst,
} from "./ast.js";
import { LineScanner, lineEndAt } from "./line-scanner.js";
import {
  joinDocs,
  parseBlockAttributeLine,
  parseConfigLine,
  parseEnumValueLine,
  parseFieldLine,
} from "./parse-line.js";

const blockKeywords = ["model", "view", "type", "enum", "datasource", "generator"] as const;
type BlockKeyword = (typeof blockKeywords)[number];

interface BlockHeader {
  readonly keyword: BlockKeyword;
  readonly name: Identifier;
  readonly start: number;
}

/**
 * Parses one schema file. Never throws: malformed lines become diagnostics and parsing goes on with
 * the next line, so an error in one block never hides the diagnostics of the others.
 */
export function parseSchemaFile(file: SourceFile, report: Report): SchemaFileAst {
  const parser = new FileParser(file.text, report);
  return { path: file.path, blocks: parser.parseBlocks() };
}

class FileParser {
  private pos = 0;
  private docLines: string[] = [];
  private readonly names = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly report: Report,
  ) {}

  parseBlocks(): Block[] {
    const blocks: Block[] = [];
    while (this.pos < this.text.length) {
      const line = this.currentLine();
      line.skipWhitespace();
      if (line.atEnd()) this.docLines = [];
      else if (line.startsWith("//")) this.collectComment(line);
      else if (this.skipBlockComment(line)) continue;
      else {
        const block = this.parseTopLevelLine(line);
        if (block) blocks.push(block);
        continue;
      }
      this.pos = this.nextLineStart(line.end);
    }
    return blocks;
  }

  /** Parses what starts at a top-level line; moves `pos` past it. */
  private parseTopLevelLine(line: LineScanner): Block | undefined {
    const header = readBlockHeader(line);
    if (header) {
      const documentation = this.takeDocs();
      this.warnAboutIgnoredText(line);
      this.pos = this.nextLineStart(line.end);
      return this.parseBlockBody(header, documentation);
    }
    this.docLines = [];
    const start = line.pos;
    if (isTypeAlias(line)) {
      this.report("E107", "Type aliases (`type A = B`) are not supported. Use the type directly.", {
        start,
        end: line.end,
      });
    } else if (opensUnknownBlock(line)) {
      const message =
        "This block is invalid. It does not start with any known Prisma schema keyword (`model`, `enum`, `view`, `type`, `datasource`, `generator`).";
      this.report("E102", message, { start, end: line.end });
      this.pos = this.nextLineStart(line.end);
      this.skipToBlockClose();
      return undefined;
    } else {
      const message = "This line is invalid. It does not start with any known Prisma schema keyword.";
      this.report("E101", message, { start, end: line.end });
    }
    this.pos = this.nextLineStart(line.end);
    return undefined;
  }

  private parseBlockBody(header: BlockHeader, documentation: string | undefined): Block | undefined {
    const body = new BlockBody(header);
    while (this.pos < this.text.length) {
      const line = this.currentLine();
      line.skipWhitespace();
      if (line.startsWith("}")) {
        this.pos = line.pos + 1;
        this.docLines = [];
        return body.finish(documentation, this.pos);
      }
      if (line.atEnd()) this.docLines = [];
      else if (line.startsWith("//")) this.collectComment(line);
      else if (this.skipBlockComment(line)) continue;
      else if (startsBlockHeader(line)) break;
      else this.parseBodyLine(body, line);
      this.pos = this.nextLineStart(line.consumedEnd);
    }
    const message = `The ${header.keyword} \`${header.name.text}\` is never closed. Add a \`}\` on its own line after its last line.`;
    this.report("E103", message, header.name);
    return body.finish(documentation, this.pos);
  }

  private parseBodyLine(body: BlockBody, line: LineScanner): void {
    const start = line.pos;
    const documentation = this.takeDocs();
    const parsed = body.parseLine(line, this.report, documentation);
    if (!parsed && !line.tooDeep) {
      const message = body.invalidLineMessage();
      this.report("E104", message, { start, end: line.end });
    }
  }

  /**
   * A block comment (from `/*` to the next star-slash) where a line starts (it may span lines, and whatever follows it on its last line is read
   * as a line of its own, as Prisma does). False when none starts here or it never closes: then the line is invalid.
   */
  private skipBlockComment(line: LineScanner): boolean {
    if (!line.startsWith("/*")) return false;
    const close = this.text.indexOf("*/", line.pos + 2);
    if (close < 0) return false;
    this.pos = close + 2;
    return true;
  }

  private collectComment(line: LineScanner): void {
    if (line.startsWith("///")) this.docLines.push(this.text.slice(line.pos + 3, line.end).trim());
  }

  private takeDocs(): string | undefined {
    const docs = this.docLines.length > 0 ? this.docLines.join("\n") : undefined;
    this.docLines = [];
    return docs;
  }

  private warnAboutIgnoredText(line: LineScanner): void {
    const start = line.pos;
    if (!line.restIsBlank(false).blank) {
      const message = "Text after `{` on a block's first line is ignored (by Prisma too). Move it to its own line.";
      this.report("W001", message, { start, end: line.end });
    }
  }

  /** After an invalid block header: skips lines up to and including one that starts with `}`. */
  private skipToBlockClose(): void {
    while (this.pos < this.text.length) {
      const line = this.currentLine();
      line.skipWhitespace();
      this.pos = this.nextLineStart(line.end);
      if (line.startsWith("}")) return;
    }
  }

  private currentLine(): LineScanner {
    return new LineScanner(this.text, this.pos, lineEndAt(this.text, this.pos), this.names);
  }

  private nextLineStart(lineEnd: number): number {
    if (this.text.charCodeAt(lineEnd) === 13 && this.text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
    return Math.min(lineEnd + 1, this.text.length);
  }
}

/** Accumulates the lines of one block and builds its node. */
class BlockBody {
  readonly fields: FieldDeclaration[] = [];
  readonly values: EnumValueDeclaration[] = [];
  readonly properties: ConfigProperty[] = [];
  readonly attributes: Attribute[] = [];

  constructor(private readonly header: BlockHeader) {}

  parseLine(scanner: LineScanner, report: Report, documentation: string | undefined): boolean {
    const { keyword } = this.header;
    if (keyword === "datasource" || keyword === "generator") {
      const property = parseConfigLine(scanner, report);
      if (property) this.properties.push(property);
      return property !== undefined;
    }
    if (scanner.startsWith("@@")) {
      const attribute = parseBlockAttributeLine(scanner, report);
      if (attribute) this.attributes.push(attribute);
      return attribute !== undefined;
    }
    if (keyword === "enum") {
      const value = parseEnumValueLine(scanner, report, documentation);
      if (value) this.values.push(value);
      return value !== undefined;
    }
    return this.parseField(scanner, report, documentation);
  }

  private parseField(scanner: LineScanner, report: Report, documentation: string | undefined): boolean {
    const start = scanner.pos;
    const field = parseFieldLine(scanner, report);
    if (!field) return false;
    const name = field.name;
    if (field.legacy) report("E106", field.legacy.message, { start: field.legacy.start, end: field.legacy.end });
    if (!field.type) {
      const message = `The field \`${name.text}\` has no type. Write it as \`${name.text} Type\`, e.g. \`${name.text} String\`.`;
      report("E105", message, name);
      return true;
    }
    const lastAttribute = field.attributes.at(-1);
    const end = lastAttribute ? lastAttribute.end : field.type.end;
    this.fields.push({
      name,
      type: field.type,
      attributes: field.attributes,
      documentation: joinDocs(documentation, field.trailingDoc?.trim()),
      start,
      end,
    });
    return true;
  }

  invalidLineMessage(): string {
    switch (this.header.keyword) {
      case "datasource":
      case "generator":
        return "This line is not a valid property. Write `key = value` on one line.";
      case "enum":
        return 'This line is not a valid enum value. Write one value per line, optionally with `@map("...")`.';
      default:
        return "This line is not a valid field or attribute definition. Write `name Type @attribute(...)` on one line.";
    }
  }

  finish(documentation: string | undefined, end: number): Block {
    const { keyword, name, start } = this.header;
    switch (keyword) {
      case "datasource":
      case "generator":
        return { kind: keyword, name, properties: this.properties, documentation, start, end };
      case "enum":
        return { kind: "enum", name, values: this.values, attributes: this.attributes, documentation, start, end };
      default:
        return { kind: keyword, name, fields: this.fields, attributes: this.attributes, documentation, start, end };
    }
  }
}

/** `keyword name {`, as Prisma's grammar reads it (whitespace between the keyword and the name is optional). */
function readBlockHeader(line: LineScanner): BlockHeader | undefined {
  const start = line.pos;
  for (const keyword of blockKeywords) {
    line.pos = start;
    if (!line.eat(keyword)) continue;
    line.skipWhitespace();
    const name = line.identifier();
    if (!name) continue;
    line.skipWhitespace();
    if (!line.eat("{")) continue;
    return { keyword, name, start };
  }
  line.pos = start;
  return undefined;
}

/** Whether a block header starts this line (a sign that the block before it was never closed). */
function startsBlockHeader(line: LineScanner): boolean {
  // Asked of every line in a block (an unclosed block ends where the next one starts): no closure to allocate.
  const start = line.pos;
  const found = readBlockHeader(line) !== undefined;
  line.pos = start;
  return found;
}

function isTypeAlias(line: LineScanner): boolean {
  return lookahead(line, () => {
    if (!line.eat("type")) return false;
    line.skipWhitespace();
    if (!line.identifier()) return false;
    line.skipWhitespace();
    return line.eat("=");
  });
}

/** `word {` or `word name {`: a block with an unknown keyword (reported once, instead of line by line). */
function opensUnknownBlock(line: LineScanner): boolean {
  return lookahead(line, () => {
    if (!line.identifier()) return false;
    line.skipWhitespace();
    if (line.eat("{")) return true;
    if (!line.identifier()) return false;
    line.skipWhitespace();
    return line.eat("{");
  });
}

/** Runs a test that moves the scanner, then puts the scanner back where it was. */
function lookahead(line: LineScanner, test: () => boolean): boolean {
  const start = line.pos;
  const result = test();
  line.pos = start;
  return result;
}
