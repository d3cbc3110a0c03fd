import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { typeScriptReservedNames } from "./reserved-names.js";

describe("typeScriptReservedNames", () => {
  it("holds every name TypeScript refuses for an exported interface, constant or type reference, and nothing else", () => {
    const ts = createRequire(import.meta.url)("typescript") as typeof import("typescript");
    const contextual =
      "type of get set from is asserts satisfies out accessor abstract declare module namespace global";
    const accepted = [...contextual.split(" "), "override", "Date", "Array", "NaN", "z", "I"];
    const names = [...typeScriptReservedNames].filter((name) => name !== "globalThis");
    const files = new Map(
      [...names, ...accepted].map((name, i) => [
        `m${i}.ts`,
        {
          name,
          text: `export interface ${name} { a: 1 }\nexport const ${name} = 1;\nexport type R = ${name} | null;\nexport declare namespace Q { export type ${name} = 1; }\n`,
        },
      ]),
    );
    const options = { strict: true, noEmit: true, noLib: true, module: ts.ModuleKind.ES2022 };
    const host = ts.createCompilerHost(options);
    host.getSourceFile = (file) => {
      const text = files.get(file)?.text;
      return text === undefined ? undefined : ts.createSourceFile(file, text, ts.ScriptTarget.ES2022);
    };
    host.fileExists = (file) => files.has(file);
    const program = ts.createProgram([...files.keys()], options, host);
    const failing = new Set(
      ts.getPreEmitDiagnostics(program).flatMap((d) => (d.file ? [files.get(d.file.fileName)?.name] : [])),
    );
    const refused = (name: string) => failing.has(name);
    for (const name of names) expect(refused(name), name).toBe(true);
    for (const name of accepted) expect(refused(name), name).toBe(false);
  });
});
