import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One schema of the shared corpus. */
export interface CorpusSchema {
  /** File name without `.prisma`, naming what the schema exercises. */
  readonly name: string;
  readonly path: string;
  readonly content: string;
  /** True when the header says `// expect: valid`. */
  readonly expectValid: boolean;
  /** Codes from the header that Cardinal must report (errors for invalid schemas, warnings for valid ones). */
  readonly expectCodes: readonly string[];
}

/** The folder holding the shared corpus (`packages/testing/corpus`). */
export const corpusDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "corpus");

/** Reads the header `// expect: valid [W001]` or `// expect: E405 [E406...]` of a corpus file. */
export function readExpectation(content: string): { expectValid: boolean; expectCodes: string[] } {
  const match = /^\/\/ expect: (.+)$/m.exec(content);
  if (!match?.[1]) throw new Error("corpus file without an `// expect:` header");
  const words = match[1].trim().split(/\s+/);
  const expectValid = words[0] === "valid";
  return { expectValid, expectCodes: expectValid ? words.slice(1) : words };
}

/** Every corpus schema, sorted by name. */
export function loadCorpus(): CorpusSchema[] {
  return readdirSync(corpusDirectory)
    .filter((file) => file.endsWith(".prisma"))
    .sort()
    .map((file) => {
      const path = join(corpusDirectory, file);
      const content = readFileSync(path, "utf8");
      return { name: file.slice(0, -".prisma".length), path, content, ...readExpectation(content) };
    });
}

/** The valid corpus schemas: the input of every generator's golden and differential tests. */
export function loadValidCorpus(): CorpusSchema[] {
  return loadCorpus().filter((schema) => schema.expectValid);
}
