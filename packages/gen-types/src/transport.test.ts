import { Buffer } from "node:buffer";
import { parseSchema } from "@cardinal/core";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { decode, encode, taggedFormatVersion } from "./__goldens__/fixture/index.js";
import { generateTypes } from "./generate-types.js";
import type { TypesOptions } from "./options.js";

/** Shaped like Prisma's Decimal (decimal.js): digits, exponent, sign and `toFixed()`. */
class FakeDecimal {
  readonly d = [12, 3000000];
  readonly e = 1;
  readonly s = 1;
  constructor(private readonly text: string) {}
  toFixed(): string {
    return this.text;
  }
  toJSON(): string {
    return "1.23e+1";
  }
}

const roundTrip = (value: unknown) => decode(encode(value));

describe("encode() and decode() (generated transport.ts)", () => {
  it("round-trips Date, BigInt, Decimal and Bytes with their tags, in a versioned envelope", () => {
    const value = {
      at: new Date("2024-02-29T12:34:56.789Z"),
      big: -(2n ** 70n),
      price: new FakeDecimal("12.30"),
      avatar: new Uint8Array([0, 1, 254, 255]),
      list: [new Date(0), 1n, null, "x"],
    };
    const text = encode(value);
    expect(JSON.parse(text)).toEqual({
      cardinal: taggedFormatVersion,
      data: {
        at: { $type: "DateTime", value: "2024-02-29T12:34:56.789Z" },
        big: { $type: "BigInt", value: "-1180591620717411303424" },
        price: { $type: "Decimal", value: "12.30" },
        avatar: { $type: "Bytes", value: "AAH+/w==" },
        list: [{ $type: "DateTime", value: "1970-01-01T00:00:00.000Z" }, { $type: "BigInt", value: "1" }, null, "x"],
      },
    });
    const back = decode(text) as typeof value & { price: string };
    expect(back.at).toBeInstanceOf(Date);
    expect(back.at.getFullYear()).toBe(2024);
    expect(back).toEqual({ ...value, price: "12.30" });
  });

  it("encodes bytes as base64 exactly as Node does, for every length and byte", () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) % 256);
      const text = encode(bytes);
      expect(JSON.parse(text).data.value).toBe(Buffer.from(bytes).toString("base64"));
      expect(decode(text)).toEqual(bytes);
    }
    expect(roundTrip(Buffer.from("héllo"))).toEqual(new Uint8Array(Buffer.from("héllo")));
  });

  it("keeps objects with $type keys (Json values) as they were", () => {
    const json = { $type: "DateTime", value: "not a date", $$type: 1, nested: [{ $type: "Bytes" }], type: 2 };
    expect(roundTrip(json)).toEqual(json);
    expect(roundTrip(undefined)).toBeUndefined();
  });

  it("never sets a prototype from a __proto__ key", () => {
    const text = `{"cardinal":1,"data":{"__proto__":{"isAdmin":true},"a":[{"__proto__":{"polluted":1}}]}}`;
    const value = decode(text) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value.isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(value)).toEqual(["__proto__", "a"]);
    expect(() => decode(`{"cardinal":1,"data":{"$type":"__proto__","value":"x"}}`)).toThrow(/unknown tag "__proto__"/);
  });

  it("rejects unknown tags, malformed tagged values and other versions", () => {
    const bad = (data: string) => () => decode(`{"cardinal":1,"data":${data}}`);
    expect(bad(`{"$type":"Map","value":"x"}`)).toThrow(new TypeError('decode: unknown tag "Map"'));
    expect(bad(`{"$type":"DateTime","value":"yesterday"}`)).toThrow(/not an ISO 8601/);
    expect(bad(`{"$type":"DateTime","value":"2024-13-45T00:00:00Z"}`)).toThrow(/not an ISO 8601/);
    expect(bad(`{"$type":"BigInt","value":"1.5"}`)).toThrow(/not an integer/);
    expect(bad(`{"$type":"Decimal","value":"1e5"}`)).toThrow(/not a decimal/);
    expect(bad(`{"$type":"Bytes","value":"AAH"}`)).toThrow(/not base64/);
    expect(bad(`{"$type":"BigInt","value":{"$type":"BigInt","value":"1"}}`)).toThrow(
      /exactly \{ \$type, value: string \}/,
    );
    expect(bad(`{"$type":"BigInt","value":"1","extra":1}`)).toThrow(/exactly/);
    expect(() => decode(`{"cardinal":2,"data":1}`)).toThrow(/expected a body \{ cardinal: 1, data \}/);
    expect(() => decode(`[1]`)).toThrow(/expected a body/);
    expect(() => encode(new Date(Number.NaN))).toThrow(/an invalid Date/);
  });

  it("encodes a payload in size proportional to it, and a megabyte of bytes round-trips", () => {
    // Timing belongs in benchmarks; the encoded size is what a quadratic escape or tagging scheme would blow up.
    const payload = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ i: BigInt(i), at: new Date(i), $type: "x", bytes: new Uint8Array(64) }));
    const size = (n: number) => encode(payload(n)).length;
    const perItem = size(1_000) / 1_000;
    expect(size(8_000) / 8_000).toBeLessThan(perItem * 1.1);
    expect(roundTrip(new Uint8Array(1_000_000))).toHaveLength(1_000_000);
  }, 120_000);
});

/** Generates a single-file client with `options`, compiles it with TypeScript and imports it. */
async function loadGenerated(options: TypesOptions): Promise<{ decode: (text: string) => unknown }> {
  const files = generateTypes(parseSchema("model A {\n  id Int @id\n}\n").model, {
    ...options,
    layout: "single-file",
  }).files;
  const js = ts.transpileModule(files[0]?.content ?? "", {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return (await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`)) as {
    decode: (text: string) => unknown;
  };
}

describe("generateTypes() transport options", () => {
  it("revives DateTime as an ISO string and Decimal as a number when the types say so", async () => {
    const { decode: decodeJson } = await loadGenerated({ dateTime: "string", decimal: "number" });
    const text = encode({ at: new Date(0), price: new FakeDecimal("12.50") });
    expect(decodeJson(text)).toEqual({ at: "1970-01-01T00:00:00.000Z", price: 12.5 });
  });

  it("has no transport.ts without the client", () => {
    const files = generateTypes(parseSchema("model A {\n  id Int @id\n}\n").model, { client: false }).files;
    expect(files.map((f) => f.path)).not.toContain("transport.ts");
  });
});
