#!/usr/bin/env node
// The CommonJS flavour of a package, built from its ES module build: run in a package folder after `tsc` has written
// dist/ (ESM, declarations). Every dist/**/*.js except the package's bins becomes dist/cjs/**/*.js through
// TypeScript's own transpiler (module CommonJS: static and dynamic imports become `require`), every declaration file
// is copied beside it, and dist/cjs/package.json says `"type": "commonjs"`, so Node and TypeScript (node16, nodenext,
// bundler) read that folder as CommonJS. `import.meta.url`, `.dirname` and `.filename` are rewritten to the location
// of the module's ES twin in dist/, so a path computed from them (`../package.json`) means the same in both flavours.
// No source maps for this flavour: the ESM maps carry their sources.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const packageDir = process.cwd();
const dist = join(packageDir, "dist");
const cjs = join(dist, "cjs");
const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const bins = new Set(Object.values(pkg.bin ?? {}).map((bin) => resolve(packageDir, bin)));

/** Every file under a folder, except the CommonJS output itself. */
function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === cjs ? [] : filesUnder(path);
    return [path];
  });
}

/** `import.meta.<name>` as an expression over the CommonJS module's own `__dirname`, pointing at its ES twin. */
function importMetaReplacement(factory, name, twinDir, file) {
  const requireCall = (module) =>
    factory.createCallExpression(factory.createIdentifier("require"), undefined, [factory.createStringLiteral(module)]);
  const twinDirExpression = factory.createCallExpression(
    factory.createPropertyAccessExpression(requireCall("node:path"), "join"),
    undefined,
    [factory.createIdentifier("__dirname"), factory.createStringLiteral(twinDir)],
  );
  if (name === "dirname") return twinDirExpression;
  const filename = factory.createCallExpression(
    factory.createPropertyAccessExpression(requireCall("node:path"), "join"),
    undefined,
    [twinDirExpression, factory.createStringLiteral(file)],
  );
  if (name === "filename") return filename;
  if (name === "url")
    return factory.createPropertyAccessExpression(
      factory.createCallExpression(
        factory.createPropertyAccessExpression(requireCall("node:url"), "pathToFileURL"),
        undefined,
        [filename],
      ),
      "href",
    );
  throw new Error(`build-cjs: import.meta.${name} has no CommonJS equivalent`);
}

/** A transformer that rewrites `import.meta.url|dirname|filename` for a module whose ES twin is in `twinDir`. */
const rewriteImportMeta = (twinDir, file) => (context) => (sourceFile) => {
  const visit = (node) => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isMetaProperty(node.expression) &&
      node.expression.keywordToken === ts.SyntaxKind.ImportKeyword
    )
      return importMetaReplacement(context.factory, node.name.text, twinDir, file);
    return ts.visitEachChild(node, visit, context);
  };
  return ts.visitNode(sourceFile, visit);
};

rmSync(cjs, { recursive: true, force: true });
for (const path of filesUnder(dist)) {
  const target = join(cjs, relative(dist, path));
  const isJs = path.endsWith(".js") && !bins.has(path);
  if (!isJs && !path.endsWith(".d.ts")) continue;
  mkdirSync(dirname(target), { recursive: true });
  const source = readFileSync(path, "utf8").replace(/\n\/\/# sourceMappingURL=.*$/m, "");
  if (!isJs) {
    writeFileSync(target, source);
    continue;
  }
  const twinDir = relative(dirname(target), dirname(path)).split(sep).join("/");
  const output = ts.transpileModule(source, {
    fileName: path,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      sourceMap: false,
    },
    transformers: { before: [rewriteImportMeta(twinDir, relative(dirname(path), path))] },
  });
  writeFileSync(target, output.outputText);
}
writeFileSync(join(cjs, "package.json"), '{ "type": "commonjs" }\n');
