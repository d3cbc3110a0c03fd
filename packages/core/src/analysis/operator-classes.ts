import { lookupTable } from "../lookup-table.js";
import type { ScalarTypeName } from "../model/types.js";

/** Index types (`@@index(type: ...)`) that take operator classes. */
export type IndexAlgorithm = "BTree" | "Hash" | "Gist" | "Gin" | "SpGist" | "Brin";

/** Every index type Prisma knows. */
export const indexAlgorithms: readonly IndexAlgorithm[] = ["BTree", "Hash", "Gist", "Gin", "SpGist", "Brin"];

const triple = (prefix: string) => [`${prefix}BloomOps`, `${prefix}MinMaxOps`, `${prefix}MinMaxMultiOps`];

/** BRIN operator classes per PostgreSQL native type (a field with that `@db.` type). */
export const brinByNativeType: Readonly<Record<string, readonly string[]>> = lookupTable({
  Bit: ["BitMinMaxOps"],
  VarBit: ["VarBitMinMaxOps"],
  Char: ["BpcharBloomOps", "BpcharMinMaxOps"],
  Date: triple("Date"),
  Real: triple("Float4"),
  DoublePrecision: triple("Float8"),
  Inet: ["InetInclusionOps", ...triple("Inet")],
  SmallInt: triple("Int2"),
  Integer: triple("Int4"),
  BigInt: triple("Int8"),
  Decimal: triple("Numeric"),
  Oid: triple("Oid"),
  ByteA: ["ByteaBloomOps", "ByteaMinMaxOps"],
  Text: ["TextBloomOps", "TextMinMaxOps"],
  VarChar: ["TextBloomOps", "TextMinMaxOps"],
  Timestamp: triple("Timestamp"),
  Timestamptz: triple("TimestampTz"),
  Time: triple("Time"),
  Timetz: triple("TimeTz"),
  Uuid: triple("Uuid"),
});

/** BRIN operator classes for a field without a native type, by its scalar type. */
export const brinByScalarType: Readonly<Partial<Record<ScalarTypeName, readonly string[]>>> = {
  Float: triple("Float8"),
  Int: triple("Int4"),
  BigInt: triple("Int8"),
  Decimal: triple("Numeric"),
  Bytes: ["ByteaBloomOps", "ByteaMinMaxOps"],
  String: ["TextBloomOps", "TextMinMaxOps"],
  DateTime: triple("Timestamp"),
};

const brinOperatorClasses = new Set(Object.values(brinByNativeType).flat());

/** The index types an operator class works with. */
export function algorithmsOf(operatorClass: string): readonly IndexAlgorithm[] | undefined {
  if (operatorClass === "InetOps") return ["Gist", "SpGist"];
  if (["JsonbOps", "JsonbPathOps", "ArrayOps"].includes(operatorClass)) return ["Gin"];
  if (operatorClass === "TextOps") return ["SpGist"];
  return brinOperatorClasses.has(operatorClass) ? ["Brin"] : undefined;
}

/** Scalar types an index type can index without a native type or operator class (Prisma's rule). */
export function algorithmFitsType(algorithm: IndexAlgorithm, type: ScalarTypeName, isList: boolean): boolean {
  switch (algorithm) {
    case "BTree":
    case "Hash":
      return true;
    case "Gist":
    case "SpGist":
      return type === "String";
    case "Gin":
      return type === "Json" || isList;
    case "Brin":
      return ["String", "Bytes", "DateTime", "Float", "Int", "BigInt", "Decimal"].includes(type);
  }
}
