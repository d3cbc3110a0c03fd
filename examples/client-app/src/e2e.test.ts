import { readFileSync } from "node:fs";
import { join } from "node:path";
import { prismaDdl } from "@cardinal/testing";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedFiles } from "../generate.mjs";
import { decode, encode } from "../generated/index.js";
import { type App, startApp } from "./app.js";
import { hostileRequests, scriptedCalls } from "./calls.js";
import { generatePrismaClient, root } from "./prisma-client.js";

/*
 * End to end: Chromium → generated client → HTTP → generated handler → real Prisma Client 7 (driver adapter) →
 * PGlite. The same scripted calls run directly on Prisma Client against a second, identical database; every
 * answer must be the same JSON. Hostile requests must all get a 4xx without any call reaching Prisma.
 */
const schema = readFileSync(join(root, "schema.prisma"), "utf8");
type Prisma = { $disconnect(): Promise<void> } & Record<string, Record<string, (args: unknown) => Promise<unknown>>>;

async function database(ddl: string): Promise<{ db: PGlite; prisma: Prisma }> {
  const db = await PGlite.create();
  await db.exec(ddl);
  const { PrismaClient } = (await import(join(root, ".prisma-client/client.ts"))) as {
    PrismaClient: new (options: { adapter: unknown }) => Prisma;
  };
  return { db, prisma: new PrismaClient({ adapter: new PrismaPGlite(db) }) };
}

let app: App;
let browser: Browser;
const executed: string[] = [];
const closers: (() => Promise<unknown>)[] = [];
let viaApp: Prisma;
let direct: Prisma;

beforeAll(async () => {
  const generate = generatePrismaClient();
  expect(generate.status, generate.output).toBe(0);
  const ddl = await prismaDdl(schema, "postgresql");
  const a = await database(ddl);
  const b = await database(ddl);
  viaApp = a.prisma;
  direct = b.prisma;
  closers.push(
    () => a.prisma.$disconnect(),
    () => b.prisma.$disconnect(),
    () => a.db.close(),
    () => b.db.close(),
  );
  app = await startApp(viaApp, (call) => executed.push(`${call.model}.${call.action}`));
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  for (const close of closers.reverse()) await close();
});

describe("the example app, end to end", () => {
  it("has an up-to-date generated/ (run `pnpm --filter @cardinal/example-client-app generate`)", () => {
    for (const file of generatedFiles())
      expect(readFileSync(join(root, "generated", file.path), "utf8")).toBe(file.content);
  });

  it("answers every scripted call from the browser exactly as Prisma Client does directly; refuses every hostile request", async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.waitForSelector("body[data-ready=yes]", { state: "attached" });
    const fromBrowser = decode(
      await page.evaluate(
        (text) => (window as unknown as { runCalls(t: string): Promise<string> }).runCalls(text),
        encode(scriptedCalls),
      ),
    ) as { ok?: unknown; error?: string }[];
    let equal = 0;
    for (const [index, [property, action, args]] of scriptedCalls.entries()) {
      const answer = await (direct[property] as Record<string, (args: unknown) => Promise<unknown>>)[action]?.(args);
      // Through tagged JSON once, as the browser got it: Prisma's Decimal becomes the client's decimal string.
      const expected = encode(decode(encode(answer)));
      const got = fromBrowser[index];
      expect(got?.error, `${property}.${action} #${index}`).toBeUndefined();
      expect(encode(got?.ok), `${property}.${action} #${index}`).toBe(expected);
      equal++;
    }
    const callsThatReachedPrisma = executed.length;
    expect(callsThatReachedPrisma).toBe(scriptedCalls.length);

    const statuses: number[] = [];
    for (const request of hostileRequests)
      statuses.push(
        await page.evaluate(
          ([body, size, method]) =>
            (window as unknown as { postRaw(b?: string, s?: number, m?: string): Promise<number> }).postRaw(
              body,
              size,
              method,
            ),
          [request.body, request.size, request.method] as const,
        ),
      );
    const refused = statuses.filter((status) => status >= 400 && status < 500).length;
    console.log(
      `e2e: ${equal}/${scriptedCalls.length} scripted calls gave the same JSON as direct Prisma calls; ` +
        `${refused}/${hostileRequests.length} hostile requests refused with 4xx (${statuses.join(" ")}); ` +
        `calls that reached Prisma: ${executed.length} (scripted: ${scriptedCalls.length})`,
    );
    expect(
      Object.fromEntries(
        hostileRequests.map((request, i) => [request.name, (statuses[i] ?? 0) >= 400 && (statuses[i] ?? 0) < 500]),
      ),
    ).toEqual(Object.fromEntries(hostileRequests.map((request) => [request.name, true])));
    expect(executed.length).toBe(callsThatReachedPrisma);
    await page.close();
  });
});
