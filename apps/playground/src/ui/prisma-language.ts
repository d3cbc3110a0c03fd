import { StreamLanguage, type StringStream } from "@codemirror/language";

const blockKeywords = new Set(["model", "enum", "datasource", "generator", "view", "type"]);
const scalarTypes = new Set([
  "String",
  "Int",
  "BigInt",
  "Float",
  "Decimal",
  "Boolean",
  "DateTime",
  "Json",
  "Bytes",
  "Unsupported",
]);

/** Prisma Schema Language highlighting: keywords, attributes, comments, strings, numbers and type names. */
export const prismaLanguage = StreamLanguage.define<{ inString: boolean }>({
  name: "prisma",
  startState: () => ({ inString: false }),
  token(stream: StringStream) {
    if (stream.eatSpace()) return null;
    if (stream.match("///")) {
      stream.skipToEnd();
      return "docComment";
    }
    if (stream.match("//")) {
      stream.skipToEnd();
      return "lineComment";
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return "string";
    if (stream.match(/^@@?[\w.]+/)) return "meta";
    if (stream.match(/^-?\d+(\.\d+)?/)) return "number";
    const word = stream.match(/^[\p{L}\w]+/u) as RegExpMatchArray | null;
    if (word) {
      const text = word[0];
      if (blockKeywords.has(text) && stream.column() === 0) return "keyword";
      if (scalarTypes.has(text)) return "typeName";
      if (/^[A-Z]/.test(text)) return "className";
      return "variableName";
    }
    stream.next();
    return null;
  },
});
