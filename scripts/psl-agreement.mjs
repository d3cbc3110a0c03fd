#!/usr/bin/env node
// Measures how often Cardinal's verdict (valid or not) agrees with Prisma's on Prisma's own validation tests.
//
//   node scripts/psl-agreement.mjs <prisma-engines checkout> [--list] [--json] [--strip-urls]
//
// --strip-urls gives Cardinal the schema without datasource URLs (as Prisma 7 wants it), to measure the other rules
// apart from how `url` itself is judged.
// Reads every `psl/psl/tests/validation/**/*.prisma` of the checkout (nothing of it is stored here), skips schemas
// that use a preview feature one of the two Prisma versions does not know, and compares `parseSchema` (from
// packages/core/dist: build core first) with the "union rule": a schema is valid iff Prisma 6.19 accepts it with a
// datasource `url` ensured, or Prisma 7 accepts it with `url`/`directUrl`/`shadowDatabaseUrl` removed.
//
// The two validators are `@prisma/prisma-schema-wasm` modules: each is taken from packages/testing's dependencies
// when the installed version has the right major (6 or 8), else from CARDINAL_PRISMA6_WASM / CARDINAL_PRISMA7_WASM
// (a path to the package folder).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const checkout = args.find((arg) => !arg.startsWith("--"));
if (!checkout) {
  console.error("usage: node scripts/psl-agreement.mjs <prisma-engines checkout> [--list] [--json]");
  process.exit(2);
}
const testsRoot = join(checkout, "psl", "psl", "tests", "validation");

/** Loads one validator: packages/testing's copy when its major fits, else the module named by the env variable. */
function loadValidator(major, envName) {
  const fromTesting = createRequire(join(root, "packages", "testing", "package.json"));
  try {
    const pkg = fromTesting("@prisma/prisma-schema-wasm/package.json");
    if (pkg.version.startsWith(`${major}.`)) return fromTesting("@prisma/prisma-schema-wasm");
  } catch {
    // not installed there: fall through to the environment
  }
  const path = process.env[envName];
  if (!path) {
    console.error(`psl-agreement: set ${envName} to a @prisma/prisma-schema-wasm@${major}.x package folder`);
    process.exit(2);
  }
  return createRequire(join(root, "package.json"))(path);
}

const prisma6 = loadValidator(6, "CARDINAL_PRISMA6_WASM");
const prisma7 = loadValidator(8, "CARDINAL_PRISMA7_WASM");
const { parseSchema } = await import(pathToFileURL(join(root, "packages", "core", "dist", "index.js")).href);

function accepts(wasm, schema) {
  try {
    wasm.validate(JSON.stringify({ prismaSchema: schema, noColor: true }));
    return true;
  } catch {
    return false;
  }
}

function firstError(wasm, schema) {
  try {
    const items = JSON.parse(wasm.lint(JSON.stringify(schema)));
    return items.find((item) => !item.is_warning)?.text.split("\n")[0] ?? "";
  } catch {
    return "(lint crashed)";
  }
}

const datasourcePattern = /^(\s*datasource\s+\w+\s*\{)([^}]*)\}/m;
// As `removeUrls()` of @cardinal/testing: only URL lines whose value Prisma 6 accepts (a string, or `env("...")` with
// one string, possibly named) are removed; a malformed one stays, so that both versions reject it.
const urlProperty =
  /^[ \t]*(url|directUrl|shadowDatabaseUrl)[ \t]*=[ \t]*("(?:[^"\\\r\n]|\\.)*"|env\([ \t]*(?:\w+[ \t]*:[ \t]*)?"(?:[^"\\\r\n]|\\.)*"[ \t]*\))[ \t]*(\/\/[^\r\n]*)?$/gm;

/** Prisma 6 wants a `url` in the datasource: add one when missing. */
function withUrl(schema) {
  return schema.replace(datasourcePattern, (whole, head, body) =>
    /^\s*url\s*=/m.test(body) ? whole : `${head}\n  url = env("DATABASE_URL")${body}}`,
  );
}

/** Prisma 7 rejects connection URLs in the schema: drop the well-formed ones. */
function withoutUrls(schema) {
  return schema.replace(datasourcePattern, (_whole, head, body) => `${head}${body.replace(urlProperty, "")}}`);
}

function unionVerdict(schema) {
  return accepts(prisma6, withUrl(schema)) || accepts(prisma7, withoutUrls(schema));
}

/** True when neither version reports an error for the preview feature (known, or promoted with a warning). */
const featureCache = new Map();
function bothKnow(feature) {
  if (!featureCache.has(feature)) {
    const probe = `generator g {\n  provider = "prisma-client-js"\n  previewFeatures = ["${feature}"]\n}\n`;
    const known = [prisma6, prisma7].every((wasm) =>
      JSON.parse(wasm.lint(JSON.stringify(probe))).every((item) => item.is_warning),
    );
    featureCache.set(feature, known);
  }
  return featureCache.get(feature);
}

function previewFeaturesOf(schema) {
  const match = /previewFeatures\s*=\s*\[([^\]]*)\]/.exec(schema);
  return match ? [...match[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]) : [];
}

function providerOf(schema) {
  const block = datasourcePattern.exec(schema);
  return (block && /provider\s*=\s*"([^"]*)"/.exec(block[2])?.[1]) ?? "none";
}

function listSchemas(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return listSchemas(path);
    return name.endsWith(".prisma") ? [path] : [];
  });
}

const byProvider = new Map();
const disagreements = [];
let skipped = 0;
for (const path of listSchemas(testsRoot).sort()) {
  const schema = readFileSync(path, "utf8");
  if (!previewFeaturesOf(schema).every(bothKnow)) {
    skipped++;
    continue;
  }
  const provider = providerOf(schema);
  const prisma = unionVerdict(schema);
  const content = args.includes("--strip-urls") ? withoutUrls(schema) : schema;
  const result = parseSchema([{ path: "schema.prisma", content }]);
  const counts = byProvider.get(provider) ?? { agree: 0, total: 0 };
  counts.total++;
  if (result.valid === prisma) counts.agree++;
  else {
    const cardinal = result.diagnostics.find((d) => d.severity === "error");
    disagreements.push({
      file: relative(testsRoot, path),
      provider,
      prisma: prisma ? "valid" : "invalid",
      cardinal: result.valid ? "valid" : "invalid",
      detail: prisma ? `${cardinal?.code}: ${cardinal?.message}` : firstError(prisma7, withoutUrls(schema)),
    });
  }
  byProvider.set(provider, counts);
}

if (args.includes("--json")) {
  console.log(JSON.stringify({ byProvider: Object.fromEntries(byProvider), skipped, disagreements }, null, 2));
  process.exit(0);
}
let agree = 0;
let total = 0;
for (const [provider, counts] of [...byProvider].sort(([a], [b]) => (a < b ? -1 : 1))) {
  agree += counts.agree;
  total += counts.total;
  const percent = ((100 * counts.agree) / counts.total).toFixed(1);
  console.log(`${provider.padEnd(12)} ${counts.agree}/${counts.total} agree (${percent}%)`);
}
console.log(`${"all".padEnd(12)} ${agree}/${total} agree (${((100 * agree) / total).toFixed(1)}%), ${skipped} skipped`);
if (args.includes("--list") || disagreements.length <= 80) {
  for (const d of disagreements) {
    console.log(`  ${d.file} [${d.provider}] prisma ${d.prisma}, cardinal ${d.cardinal}: ${d.detail.slice(0, 160)}`);
  }
}
