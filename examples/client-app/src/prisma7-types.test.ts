import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptedCalls } from "./calls.js";
import { generatePrismaClient, root } from "./prisma-client.js";

/*
 * The scripted calls' result types, on the generated client and on real Prisma Client 7 (generated from the same
 * schema): the same type for every call (Decimal and Json compared as one representation), and a deliberate
 * mismatch that must fail tsc.
 */
const dir = join(root, "src/.types-check");

/** TypeScript source of a call argument (Dates and bigints included). */
function source(value: unknown): string {
  if (value instanceof Date) return `new Date(${JSON.stringify(value.toISOString())})`;
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return `[${value.map(source).join(", ")}]`;
  if (typeof value === "object" && value !== null)
    return `{ ${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${source(item)}`)
      .join(", ")} }`;
  return value === undefined ? "" : JSON.stringify(value);
}

const header = [
  'import type { Prisma, PrismaClient } from "../../.prisma-client/client.ts";',
  'import type * as C from "../../generated/index.ts";',
  "type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;",
  'type J = "json";',
  "type Norm<T> = Same<T, Prisma.JsonValue> extends true ? J : Same<T, Prisma.JsonValue | null> extends true ? J | null : Same<T, C.JsonValue> extends true ? J : Same<T, C.JsonValue | null> extends true ? J | null : Each<T>;",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source text.
  'type Each<T> = T extends Prisma.Decimal ? "decimal" : T extends `${number}` ? "decimal" : T extends Date ? Date : T extends Uint8Array ? "bytes"',
  "  : T extends string | number | boolean | bigint | null | undefined ? T : T extends readonly (infer E)[] ? Norm<E>[] : T extends object ? { [K in keyof T]: Norm<T[K]> } : T;",
].join("\n");

function caseText(index: number, property: string, action: string, prismaArgs: string, clientArgs: string): string {
  return `export async function case${index}(prisma: PrismaClient, client: C.Client) {
  const p = await prisma.${property}.${action}(${prismaArgs});
  const c = await client.${property}.${action}(${clientArgs});
  const same: Same<Norm<typeof p>, Norm<typeof c>> = true;
  return same;
}`;
}

function tsc(file: string): string {
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ extends: "../../tsconfig.json", compilerOptions: { noUnusedLocals: false }, include: [file] }),
  );
  try {
    return execFileSync(
      process.execPath,
      [createRequire(import.meta.url).resolve("typescript/bin/tsc"), "-p", join(dir, "tsconfig.json")],
      { encoding: "utf8" },
    );
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? String(error);
  }
}

beforeAll(() => {
  const generated = generatePrismaClient();
  expect(generated.status, generated.output).toBe(0);
  mkdirSync(dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the client's result types equal Prisma Client 7's", () => {
  it("for every scripted call, and a mismatch fails tsc", () => {
    const cases = scriptedCalls.map(([property, action, args], index) =>
      caseText(index, property, action, source(args), source(args)),
    );
    writeFileSync(join(dir, "cases.ts"), `${header}\n${cases.join("\n")}\n`);
    const output = tsc("cases.ts");
    console.log(`Prisma 7 type-equality cases: ${cases.length}, tsc: ${output === "" ? "no error" : output}`);
    expect(output).toBe("");
    const mismatch = caseText(
      0,
      "user",
      "findMany",
      "{ select: { id: true } }",
      "{ select: { id: true, name: true } }",
    );
    writeFileSync(join(dir, "mismatch.ts"), `${header}\n${mismatch}\n`);
    expect(tsc("mismatch.ts")).toMatch(/mismatch\.ts\(\d+,\d+\): error TS2322/);
  });
});
