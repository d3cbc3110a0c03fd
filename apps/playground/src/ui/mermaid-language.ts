import { StreamLanguage, type StringStream } from "@codemirror/language";

const keywords = new Set(["erDiagram", "title", "direction", "config"]);

/** Mermaid ER syntax highlighting: keywords, relationship operators, attribute keys, strings and comments. */
export const mermaidLanguage = StreamLanguage.define<Record<string, never>>({
  name: "mermaid",
  startState: () => ({}),
  token(stream: StringStream) {
    if (stream.eatSpace()) return null;
    if (stream.match("%%")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return "string";
    if (stream.match(/^[|}o][|o]?(?:--|\.\.)[|o{][|{o]?/)) return "operator";
    if (stream.match(/^\b(?:PK|FK|UK)\b/)) return "keyword";
    const word = stream.match(/^[\p{L}\w-]+/u) as RegExpMatchArray | null;
    if (word) return keywords.has(word[0]) ? "keyword" : /^[A-Z]/.test(word[0]) ? "typeName" : "variableName";
    stream.next();
    return null;
  },
});
