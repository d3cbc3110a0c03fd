import { describe, expect, it } from "vitest";
import { createClient, decode, encode, fetchTransport } from "./__goldens__/fixture-server/index.js";
import { type Call, createHandler, prismaExecutor, toFetchHandler } from "./__goldens__/fixture-server/server.js";

/** A handler whose executor records the calls that reach it and answers with the call itself. */
function recorded(options: Parameters<typeof createHandler>[1] = {}) {
  const calls: Call[] = [];
  const handle = createHandler(async (call) => {
    calls.push(call);
    return { echo: call.args };
  }, options);
  return { calls, handle };
}

describe("createHandler() (generated)", () => {
  it("runs valid calls and hands the executor the parsed arguments", async () => {
    const { calls, handle } = recorded();
    const args = {
      where: { OR: [{ email: { endsWith: "@x.org", mode: "insensitive" } }, { posts: { some: { title: "t" } } }] },
      select: { id: true, posts: { select: { title: true }, orderBy: { id: "desc" }, take: 2 } },
      orderBy: [{ profile: { bio: "asc" } }],
      cursor: { id: 3 },
      distinct: "role",
    };
    expect(await handle({ model: "User", action: "findMany", args })).toEqual({ status: 200, data: { echo: args } });
    const create = { data: { email: "e", firstName: "f", lastName: "l", posts: { create: [{ id: 1, title: "t" }] } } };
    expect((await handle({ model: "User", action: "create", args: create })).status).toBe(200);
    expect((await handle({ model: "Post", action: "findMany" })).status).toBe(200);
    expect(calls.map((call) => `${call.model}.${call.action}`)).toEqual([
      "User.findMany",
      "User.create",
      "Post.findMany",
    ]);
  });

  it.each([
    ["an unknown key", { model: "User", action: "findMany", args: { wher: {} } }, ["args"]],
    ["a wrong type", { model: "User", action: "findMany", args: { where: { id: "1" } } }, ["args", "where", "id"]],
    ["take above the limit", { model: "User", action: "findMany", args: { take: 101 } }, ["args", "take"]],
    [
      "a nested take above the limit",
      { model: "User", action: "findMany", args: { include: { posts: { take: 500 } } } },
      ["args", "include", "posts"],
    ],
    [
      "includes nested too deep",
      {
        model: "User",
        action: "findMany",
        args: { include: { posts: { include: { author: { include: { posts: { include: { tags: true } } } } } } } },
      },
      ["args", "include"],
    ],
    [
      "a __proto__ key",
      { model: "User", action: "findMany", args: JSON.parse('{"where":{"__proto__":{"id":1}}}') },
      ["args", "where"],
    ],
    [
      "a constructor key",
      { model: "User", action: "findMany", args: { where: { constructor: 1 } } },
      ["args", "where"],
    ],
    ["an unknown model", { model: "Secret", action: "findMany" }, ["model"]],
    ["a prototype model", { model: "__proto__", action: "findMany" }, ["model"]],
    ["an unknown action", { model: "User", action: "executeRaw" }, ["action"]],
    ["a prototype action", { model: "User", action: "constructor" }, ["action"]],
    ["a missing where", { model: "User", action: "findUnique", args: {} }, ["args", "where"]],
    [
      "a where without a unique criterion",
      { model: "User", action: "delete", args: { where: { role: "ADMIN" } } },
      ["args", "where"],
    ],
    [
      "select and include together",
      { model: "User", action: "findMany", args: { select: { id: true }, include: { posts: true } } },
      ["args", "include"],
    ],
    [
      "a bad enum value",
      { model: "User", action: "updateMany", args: { data: { role: "ROOT" } } },
      ["args", "data", "role"],
    ],
    ["an extra envelope key", { model: "User", action: "findMany", args: {}, sql: "DROP" }, ["sql"]],
  ])("refuses %s with a 400 at the issue's path", async (_name, request, path) => {
    const { calls, handle } = recorded();
    const result = await handle(request);
    expect(result.status).toBe(400);
    const issues = "error" in result ? (result.error.issues ?? []) : [];
    expect(issues.some((issue) => path.every((key, i) => issue.path[i] === key))).toBe(true);
    expect(calls).toEqual([]);
  });

  it("refuses arguments nested deeper than maxNesting before zod sees them", async () => {
    const { calls, handle } = recorded();
    let where: object = { id: 1 };
    for (let i = 0; i < 10_000; i++) where = { NOT: where };
    expect(await handle({ model: "User", action: "findMany", args: { where } })).toMatchObject({ status: 400 });
    expect(calls).toEqual([]);
  });

  it("asks the policy: false is a 403, { args } replaces the arguments", async () => {
    const { calls, handle } = recorded({
      policy: (call: Call, user: unknown) =>
        call.action === "deleteMany" ? false : { args: { ...(call.args as object), where: { id: user as number } } },
    });
    expect((await handle({ model: "User", action: "deleteMany" }, 7)).status).toBe(403);
    expect(await handle({ model: "User", action: "findFirst", args: {} }, 7)).toEqual({
      status: 200,
      data: { echo: { where: { id: 7 } } },
    });
    expect(calls).toHaveLength(1);
  });

  it("maps Prisma's known errors and hides others", async () => {
    const failing = (error: unknown) => createHandler(async () => Promise.reject(error));
    const request = { model: "User", action: "findUniqueOrThrow", args: { where: { id: 1 } } };
    expect((await failing(Object.assign(new Error("No record"), { code: "P2025" }))(request)).status).toBe(404);
    expect((await failing(Object.assign(new Error("Unique"), { code: "P2002" }))(request)).status).toBe(409);
    expect(await failing(new Error("password=secret"))(request)).toEqual({
      status: 500,
      error: { message: "the executor failed" },
    });
  });

  it("prismaExecutor() calls prisma[property][action](args)", async () => {
    const seen: unknown[] = [];
    const prisma = { user: { count: async (args: unknown) => seen.push(args) && 3 } };
    const args = { where: { role: "ADMIN" } };
    expect(await prismaExecutor(prisma)({ model: "User", action: "count", args })).toBe(3);
    expect(seen).toEqual([args]);
    await expect(prismaExecutor(prisma)({ model: "Post", action: "count", args })).rejects.toThrow(/no Post.count/);
  });
});

describe("toFetchHandler() (generated)", () => {
  const post = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
    new Request("http://localhost/api", { method: "POST", body, headers });

  it("serves the generated client over fetch, Dates and bigints included", async () => {
    const { calls, handle } = recorded();
    const serve = toFetchHandler(handle);
    const client = createClient(
      fetchTransport("http://localhost/api", { fetch: async (url, init) => serve(new Request(url, init)) }),
    );
    const when = new Date("2024-01-02T03:04:05.000Z");
    const answer = (await client.user.findMany({ where: { createdAt: { lt: when }, big: { gt: 5n } } })) as unknown;
    expect(answer).toEqual({ echo: { where: { createdAt: { lt: when }, big: { gt: 5n } } } });
    expect(calls).toHaveLength(1);
  });

  it("refuses GET, bodies over the limit (declared or streamed) and malformed bodies; nothing reaches the executor", async () => {
    const { calls, handle } = recorded();
    const serve = toFetchHandler(handle, { maxBodyBytes: 1_000_000 });
    const big = new Uint8Array(10 * 1024 * 1024).fill(32);
    expect((await serve(new Request("http://localhost/api"))).status).toBe(405);
    expect((await serve(post(big))).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    expect(
      (
        await serve(
          new Request("http://localhost/api", { method: "POST", body: stream, duplex: "half" } as RequestInit),
        )
      ).status,
    ).toBe(413);
    expect((await serve(post("{not json"))).status).toBe(400);
    expect((await serve(post(encode({ model: "User", action: "findMany", args: { take: 1e9 } })))).status).toBe(400);
    const refused = await serve(post(JSON.stringify({ cardinal: 1, data: { model: "Nope", action: "findMany" } })));
    expect(refused.status).toBe(400);
    expect(JSON.parse(await refused.text())).toMatchObject({ error: { issues: [{ path: ["model"] }] } });
    expect(decode(await (await serve(post(encode({ model: "Tag", action: "count" })))).text())).toEqual({
      echo: undefined,
    });
    expect(calls).toHaveLength(1);
  });
});
