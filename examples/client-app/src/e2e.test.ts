import { readFileSync } from "node:fs";
import { join } from "node:path";
import { prismaDdl } from "@cardinal/testing";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
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

/** Prisma Client 7 over a driver adapter. */
async function prismaWith(adapter: unknown): Promise<Prisma> {
  const { PrismaClient } = (await import(join(root, ".prisma-client/client.ts"))) as {
    PrismaClient: new (options: { adapter: unknown }) => Prisma;
  };
  return new PrismaClient({ adapter });
}

/** A fresh PGlite database with the schema's tables. */
async function pgliteDatabase(ddl: string): Promise<{ prisma: Prisma; close: () => Promise<unknown> }> {
  const db = await PGlite.create();
  await db.exec(ddl);
  const prisma = await prismaWith(new PrismaPGlite(db));
  return { prisma, close: async () => (await prisma.$disconnect(), await db.close()) };
}

/** A fresh database on the PostgreSQL server (CARDINAL_POSTGRES_URL, as CI starts it), dropped afterwards. */
async function serverDatabase(ddl: string, name: string): Promise<{ prisma: Prisma; close: () => Promise<unknown> }> {
  const admin = new pg.Client({ connectionString: process.env.CARDINAL_POSTGRES_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.CARDINAL_POSTGRES_URL as string);
  url.pathname = `/${name}`;
  const setup = new pg.Client({ connectionString: url.href });
  await setup.connect();
  await setup.query(ddl);
  await setup.end();
  const prisma = await prismaWith(new PrismaPg({ connectionString: url.href }));
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

/** Where the app's data lives: PGlite always, the PostgreSQL server when CI provides one. */
const backends = [
  { name: "PGlite", open: (ddl: string) => pgliteDatabase(ddl) },
  ...(process.env.CARDINAL_POSTGRES_URL
    ? [{ name: "PostgreSQL server", open: (ddl: string, which: string) => serverDatabase(ddl, `client_app_${which}`) }]
    : []),
];

interface Backend {
  readonly name: string;
  readonly app: App;
  readonly direct: Prisma;
  readonly executed: string[];
}

let browser: Browser;
const running: Backend[] = [];
const closers: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  const generate = generatePrismaClient();
  expect(generate.status, generate.output).toBe(0);
  const ddl = await prismaDdl(schema, "postgresql");
  for (const backend of backends) {
    const a = await backend.open(ddl, "a");
    const b = await backend.open(ddl, "b");
    closers.push(a.close, b.close);
    const executed: string[] = [];
    const app = await startApp(a.prisma, (call) => executed.push(`${call.model}.${call.action}`));
    closers.push(() => app.close());
    running.push({ name: backend.name, app, direct: b.prisma, executed });
  }
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
  for (const close of closers.reverse()) await close();
});

describe("the example app, end to end", () => {
  it("has an up-to-date generated/ (run `pnpm --filter @cardinal/example-client-app generate`)", () => {
    for (const file of generatedFiles())
      expect(readFileSync(join(root, "generated", file.path), "utf8")).toBe(file.content);
  });

  it.each(backends.map((backend) => backend.name))(
    "answers every scripted call from the browser exactly as Prisma Client does directly; refuses every hostile request (%s)",
    async (backendName) => {
      const { app, direct, executed } = running.find((backend) => backend.name === backendName) as Backend;
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
        `e2e (${backendName}): ${equal}/${scriptedCalls.length} scripted calls gave the same JSON as direct Prisma calls; ` +
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
    },
  );
});
