import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, decode, encode, fetchTransport, type TransportRequest } from "./__goldens__/fixture/index.js";

/** Shaped like Prisma's Decimal (decimal.js), as a server's Prisma client returns it. */
class PrismaLikeDecimal {
  readonly d = [1];
  readonly e = 0;
  readonly s = 1;
  constructor(private readonly text: string) {}
  toFixed(): string {
    return this.text;
  }
}

/** A tiny in-memory executor standing in for Prisma behind the server. */
function execute({ model, action, args }: TransportRequest, seen: unknown[]): unknown {
  seen.push(args);
  const ada = {
    id: 1,
    email: "ada@example.com",
    firstName: "Ada",
    lastName: "Lovelace",
    role: "READER",
    balance: new PrismaLikeDecimal("1234567890.123456789"),
    big: 2n ** 63n + 1n,
    data: { $type: "not a tag", list: [1, "two"] },
    avatar: Buffer.from([0, 255, 128]),
    tags: ["math"],
    createdAt: new Date("1843-07-10T09:30:00.000Z"),
    updatedAt: new Date("2024-01-02T03:04:05.006Z"),
  };
  if (model === "User" && action === "findUnique")
    return { ...ada, profile: null, posts: [{ id: 7, title: "Notes", authorId: 1, editorId: null, tags: [] }] };
  if (model === "User" && action === "create") return { ...ada, ...(args as { data: object }).data };
  throw new Error(`not in this test: ${model}.${action}`);
}

let server: Server;
let url: string;
const seen: unknown[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      try {
        const answer = encode(execute(decode(body) as TransportRequest, seen));
        response.writeHead(200, { "content-type": "application/json" }).end(answer);
      } catch (error) {
        response.writeHead(400).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/data`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("fetchTransport() against a real HTTP server (the README example)", { timeout: 30_000 }, () => {
  it("returns a Date that is a Date, and bigint, Decimal and Bytes values as the types say", async () => {
    const client = createClient(fetchTransport(url));
    const user = await client.user.findUnique({
      where: { email: "ada@example.com" },
      include: { profile: true, posts: { include: { tags: true } } },
    });
    expect(user?.createdAt.getFullYear()).toBe(1843);
    expect(user?.updatedAt.toISOString()).toBe("2024-01-02T03:04:05.006Z");
    expect(user?.big).toBe(2n ** 63n + 1n);
    expect(user?.balance).toBe("1234567890.123456789");
    expect(user?.avatar).toEqual(new Uint8Array([0, 255, 128]));
    expect(user?.data).toEqual({ $type: "not a tag", list: [1, "two"] });
    expect(user?.posts[0]?.tags).toEqual([]);
    expect(user?.profile).toBeNull();
  });

  it("sends Dates, bigints and bytes in the arguments so the server gets them typed", async () => {
    const client = createClient(fetchTransport(url, { headers: { "x-test": "1" } }));
    const created = await client.user.create({
      data: {
        email: "grace@example.com",
        firstName: "Grace",
        lastName: "Hopper",
        big: 5n,
        avatar: new Uint8Array([9]),
        createdAt: new Date("1906-12-09T00:00:00Z"),
      },
    });
    expect(created.createdAt.getFullYear()).toBe(1906);
    const args = seen.at(-1) as { data: { big: unknown; avatar: unknown; createdAt: unknown } };
    expect(args.data.big).toBe(5n);
    expect(args.data.avatar).toEqual(new Uint8Array([9]));
    expect(args.data.createdAt).toBeInstanceOf(Date);
  });

  it("rejects with the status when the server refuses", async () => {
    const client = createClient(fetchTransport(url));
    await expect(client.post.findMany()).rejects.toThrow(/answered 400: Error: not in this test: Post.findMany/);
  });

  it("(the old README transport, JSON.stringify and response.json(), gave strings where the types say Date)", async () => {
    const old = createClient(async (request) => {
      const response = await fetch(url, { method: "POST", body: encode(request) });
      return JSON.parse(await response.text()).data;
    });
    const user = await old.user.findUnique({ where: { email: "ada@example.com" } });
    expect(typeof user?.createdAt).toBe("object"); // a tagged object, not a Date
    expect(() => user?.createdAt.getFullYear()).toThrow(TypeError);
  });
});
