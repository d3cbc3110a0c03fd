/*
 * The schema-independent part of the client: filter and update operators, nested writes, argument shapes, the
 * result computation and the delegate, all generic over a model's `Shape`. Their names start with `$` (no Prisma
 * name can), and they use no global type (`Pick`, `Exclude`...) that a model of the same name could shadow.
 */

const filters = `/** A sort direction. */
export type $SortOrder = "asc" | "desc";

/** A sort direction, or one that also says where nulls go (optional fields). */
export type $NullableSort = $SortOrder | { sort: $SortOrder; nulls?: "first" | "last" };

/** Filter of an ordered scalar (numbers, bigints, decimals, date-times); \`N\` is \`null\` for an optional field. */
export type $Compare<T, N = never> = T | N | { equals?: T | N; in?: T[]; notIn?: T[]; lt?: T; lte?: T; gt?: T; gte?: T; not?: $Compare<T, N> };

/** Filter of a string field; \`mode: "insensitive"\` compares without case (PostgreSQL, MongoDB). */
export type $Text<N = never> = string | N | { equals?: string | N; in?: string[]; notIn?: string[]; lt?: string; lte?: string; gt?: string; gte?: string; contains?: string; startsWith?: string; endsWith?: string; mode?: "default" | "insensitive"; not?: $Text<N> };

/** Filter of an enum, \`Bytes\` or composite field: equality only. */
export type $Equal<T, N = never> = T | N | { equals?: T | N; in?: T[]; notIn?: T[]; not?: $Equal<T, N> };

/** Filter of a \`Boolean\` field. */
export type $Bool<N = never> = boolean | N | { equals?: boolean | N; not?: $Bool<N> };

/** Filter of a scalar list. */
export type $List<T> = { equals?: T[] | null; has?: T | null; hasEvery?: T[]; hasSome?: T[]; isEmpty?: boolean };

/** Filter of a \`Json\` field. */
export type $JsonFilter<J> = { equals?: J; not?: J };

/** Filter of a to-many relation: some, every or no related row matches. */
export type $Some<W> = { some?: W; every?: W; none?: W };

/** Filter of a to-one relation: the related row matches (\`is\`) or not (\`isNot\`); \`N\` is \`null\` when optional. */
export type $Is<W, N = never> = W | N | { is?: W | N; isNot?: W | N };

/** A new value, or \`{ set }\`. */
export type $Set<T> = T | { set?: T };

/** A new number, or arithmetic on the stored one. */
export type $Arith<T, N = never> = T | N | { set?: T | N; increment?: T; decrement?: T; multiply?: T; divide?: T };

/** A new list, or items pushed onto the stored one. */
export type $Push<T> = T[] | { set?: T[]; push?: T | T[] };`;

const shapes = `/** What the generic client types know of a model (each model's \`Shape\` fills it in). */
export interface $Shape {
  scalars: object;
  objects: object;
  counts: object;
  select: object;
  include: object;
  where: object;
  unique: object;
  orderBy: object;
  field: string;
  create: object;
  update: object;
}

/** A list of one or more. */
export type $Many<T> = T | T[];

/** \`{ where, create }\` of \`connectOrCreate\`. */
export type $ConnectOrCreate<P extends $Shape> = { where: P["unique"]; create: P["create"] };

/** Nested writes on a to-many relation inside \`create\`. */
export type $ManyCreate<P extends $Shape> = {
  create?: $Many<P["create"]>;
  connect?: $Many<P["unique"]>;
  connectOrCreate?: $Many<$ConnectOrCreate<P>>;
  createMany?: { data: $Many<P["create"]>; skipDuplicates?: boolean };
};

/** Nested writes on a to-many relation inside \`update\`. */
export type $ManyUpdate<P extends $Shape> = $ManyCreate<P> & {
  set?: $Many<P["unique"]>;
  disconnect?: $Many<P["unique"]>;
  delete?: $Many<P["unique"]>;
  update?: $Many<{ where: P["unique"]; data: P["update"] }>;
  updateMany?: $Many<{ where: P["where"]; data: P["update"] }>;
  deleteMany?: $Many<P["where"]>;
  upsert?: $Many<{ where: P["unique"]; create: P["create"]; update: P["update"] }>;
};

/** Nested writes on a to-one relation inside \`create\`. */
export type $OneCreate<P extends $Shape> = { create?: P["create"]; connect?: P["unique"]; connectOrCreate?: $ConnectOrCreate<P> };

/** Nested writes on a to-one relation inside \`update\` (\`disconnect\` and \`delete\` only when it is optional). */
export type $OneUpdate<P extends $Shape> = $OneCreate<P> & {
  update?: P["update"] | { where?: P["where"]; data: P["update"] };
  upsert?: { where?: P["where"]; create: P["create"]; update: P["update"] };
  disconnect?: boolean | P["where"];
  delete?: boolean | P["where"];
};`;

const args = `/** \`select\` or \`include\`: which fields and relations the result has. */
export type $Pick<P extends $Shape> = { select?: P["select"] | null; include?: P["include"] | null };

/** Arguments of \`findUnique\`, \`findUniqueOrThrow\` and \`delete\`. */
export type $FindUniqueArgs<P extends $Shape> = $Pick<P> & { where: P["unique"] };

/** Arguments of \`findMany\`, \`findFirst\` and \`findFirstOrThrow\`, and of a to-many relation in \`select\`/\`include\`. */
export type $FindManyArgs<P extends $Shape> = $Pick<P> & {
  where?: P["where"];
  orderBy?: $Many<P["orderBy"]>;
  cursor?: P["unique"];
  take?: number;
  skip?: number;
  distinct?: $Many<P["field"]>;
};

/** Arguments of \`count\`; \`select\` counts non-null values per field (\`_all\` counts rows). */
export type $CountArgs<P extends $Shape> = {
  where?: P["where"];
  orderBy?: $Many<P["orderBy"]>;
  cursor?: P["unique"];
  take?: number;
  skip?: number;
  select?: true | { [K in P["field"] | "_all"]?: boolean };
};

/** Arguments of \`create\`. */
export type $CreateArgs<P extends $Shape> = $Pick<P> & { data: P["create"] };

/** Arguments of \`createMany\`. */
export type $CreateManyArgs<P extends $Shape> = { data: $Many<P["create"]>; skipDuplicates?: boolean };

/** Arguments of \`update\`. */
export type $UpdateArgs<P extends $Shape> = $Pick<P> & { where: P["unique"]; data: P["update"] };

/** Arguments of \`updateMany\`. */
export type $UpdateManyArgs<P extends $Shape> = { where?: P["where"]; data: P["update"]; limit?: number };

/** Arguments of \`upsert\`. */
export type $UpsertArgs<P extends $Shape> = $Pick<P> & { where: P["unique"]; create: P["create"]; update: P["update"] };

/** Arguments of \`deleteMany\`. */
export type $DeleteManyArgs<P extends $Shape> = { where?: P["where"]; limit?: number };

/** \`A\` with every key that \`T\` does not have turned into \`never\`: a misspelt argument is an error (written \`A & $Exact<A, T>\`, so \`A\` is inferred as written). */
export type $Exact<A, T> = { [K in keyof A]: K extends keyof T ? A[K] : never };

/** The answer of \`createMany\`, \`updateMany\` and \`deleteMany\`. */
export type $Batch = { count: number };`;

const results = `/** The row a call returns, shaped by its \`select\` or \`include\` (as Prisma Client computes it). */
export type $Find<P extends $Shape, A> = A extends { select: infer S extends object }
  ? $Picked<P, S>
  : A extends { include: infer I extends object }
    ? P["scalars"] & $Picked<P, I>
    : P["scalars"];

/** The fields a \`select\` (or the relations an \`include\`) asks for: a key set to false, null or undefined is left out. */
export type $Picked<P extends $Shape, S> = {
  [K in keyof S as S[K] extends false | undefined | null ? never : K]: $Field<P, K, S[K]>;
};

/** One selected field: a scalar, a relation (shaped by its nested arguments) or \`_count\`. */
export type $Field<P extends $Shape, K, V> = K extends keyof P["objects"]
  ? $Related<P["objects"][K], V>
  : K extends "_count"
    ? $Counted<P, V>
    : K extends keyof P["scalars"]
      ? P["scalars"][K]
      : never;

/** A relation's value: a list, a required row, or a row or null. */
export type $Related<O, V> = [O] extends [(infer E extends $Shape)[]]
  ? $Find<E, V>[]
  : [O] extends [infer E extends $Shape]
    ? $Find<E, V>
    : [O] extends [(infer E extends $Shape) | null]
      ? $Find<E, V> | null
      : never;

/** \`_count\`: \`true\` counts every relation, \`{ select }\` the chosen ones. */
export type $Counted<P extends $Shape, V> = V extends { select: infer C extends object }
  ? { [K in keyof C as C[K] extends false | undefined | null ? never : K]: number }
  : P["counts"];

/** The answer of \`count\`: a number, or one number per selected field. */
export type $CountResult<A> = A extends { select: infer S } ? S extends object ? { [K in keyof S]: number } : number : number;`;

const delegate = `/** Every operation of a model, typed from its \`Shape\`; each call becomes one transport request. */
export interface $Delegate<P extends $Shape> {
  findUnique<A extends $FindUniqueArgs<P>>(args: A & $Exact<A, $FindUniqueArgs<P>>): globalThis.Promise<$Find<P, A> | null>;
  findUniqueOrThrow<A extends $FindUniqueArgs<P>>(args: A & $Exact<A, $FindUniqueArgs<P>>): globalThis.Promise<$Find<P, A>>;
  findFirst<A extends $FindManyArgs<P>>(args?: A & $Exact<A, $FindManyArgs<P>>): globalThis.Promise<$Find<P, A> | null>;
  findFirstOrThrow<A extends $FindManyArgs<P>>(args?: A & $Exact<A, $FindManyArgs<P>>): globalThis.Promise<$Find<P, A>>;
  findMany<A extends $FindManyArgs<P>>(args?: A & $Exact<A, $FindManyArgs<P>>): globalThis.Promise<$Find<P, A>[]>;
  count<A extends $CountArgs<P>>(args?: A & $Exact<A, $CountArgs<P>>): globalThis.Promise<$CountResult<A>>;
  create<A extends $CreateArgs<P>>(args: A & $Exact<A, $CreateArgs<P>>): globalThis.Promise<$Find<P, A>>;
  createMany<A extends $CreateManyArgs<P>>(args: A & $Exact<A, $CreateManyArgs<P>>): globalThis.Promise<$Batch>;
  update<A extends $UpdateArgs<P>>(args: A & $Exact<A, $UpdateArgs<P>>): globalThis.Promise<$Find<P, A>>;
  updateMany<A extends $UpdateManyArgs<P>>(args: A & $Exact<A, $UpdateManyArgs<P>>): globalThis.Promise<$Batch>;
  upsert<A extends $UpsertArgs<P>>(args: A & $Exact<A, $UpsertArgs<P>>): globalThis.Promise<$Find<P, A>>;
  delete<A extends $FindUniqueArgs<P>>(args: A & $Exact<A, $FindUniqueArgs<P>>): globalThis.Promise<$Find<P, A>>;
  deleteMany<A extends $DeleteManyArgs<P>>(args?: A & $Exact<A, $DeleteManyArgs<P>>): globalThis.Promise<$Batch>;
}

/** Some operations of a delegate (a view only reads). */
export type $Only<D, K extends keyof D> = { [M in K]: D[M] };`;

/** The generic client types, once per client module. */
export function clientHelpersText(): string {
  return [filters, shapes, args, results, delegate].join("\n\n");
}
