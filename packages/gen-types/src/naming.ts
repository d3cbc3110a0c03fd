import { type Model, type SchemaModel, typeScriptReservedNames, uniqueFileNames } from "@cardinal/core";
import type { ResolvedTypesOptions } from "./options.js";

/** The names generated for one model. */
export interface ModelNames {
  readonly row: string;
  readonly include: string;
  readonly payload: string;
  /** What the shared `Payload` type reads of the model: its row, include, and where each relation leads. */
  readonly payloadNode: string;
  readonly createInput: string;
  readonly updateInput: string;
  readonly whereInput: string;
  readonly whereUniqueInput: string;
  readonly delegate: string;
  /** The client property: `user` for `User`, as Prisma's client names it. */
  readonly property: string;
  /** The file in the per-model layout, without extension: see `uniqueFileNames` (`User`, `user_2`, hashed when long). */
  readonly file: string;
}

/** The helper names shared by all files. */
export interface HelperNames {
  readonly jsonValue: string;
  readonly decimal: string;
  readonly subInclude: string;
  /** The generic payload (`Payload<Node, I>`), the node it reads, and the payload along one relation. */
  readonly payload: string;
  readonly payloadNode: string;
  readonly related: string;
  readonly client: string;
  readonly transport: string;
  readonly transportRequest: string;
  readonly modelName: string;
  readonly action: string;
  readonly createClient: string;
  /** The JSON-safe transport (`transport.ts`): `fetchTransport`, its options, and the tagged JSON `encode`/`decode`. */
  readonly fetchTransport: string;
  readonly fetchTransportOptions: string;
  readonly fetchLike: string;
  readonly encode: string;
  readonly decode: string;
  readonly taggedFormatVersion: string;
}

/** Every generated name, collision-free. */
export interface Names {
  readonly models: ReadonlyMap<string, ModelNames>;
  readonly enums: ReadonlyMap<string, string>;
  readonly compositeTypes: ReadonlyMap<string, string>;
  readonly helpers: HelperNames;
}

/**
 * Names for every declaration. Model, enum and composite names come first (users write them); derived names
 * (`UserInclude`) and helpers (`JsonValue`, `Client`) then take a trailing `_` until they collide with nothing:
 * a model named `UserInclude` or `Client` is legal and must keep its name.
 */
export function createNames(schema: SchemaModel, options: ResolvedTypesOptions): Names {
  // Reserved words and TypeScript's type keywords are legal Prisma names; `I` is the payload's type parameter.
  const taken = new Set<string>([...typeScriptReservedNames, "I"]);
  const wrap = (name: string) => `${options.typePrefix}${name}${options.typeSuffix}`;
  const claim = (wanted: string, wrapped = true) => {
    let name = wrapped ? wrap(wanted) : wanted;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return name;
  };
  const models = typedModels(schema);
  const enums = new Map(schema.enums.map((item) => [item.name, claim(item.name)]));
  const compositeTypes = new Map(schema.compositeTypes.map((item) => [item.name, claim(item.name)]));
  const rows = new Map(models.map((model) => [model.name, claim(model.name)]));
  const files = uniqueFileNames(models.map((model) => model.name));
  const properties = new Set<string>();
  const modelNames = new Map<string, ModelNames>();
  for (const model of models) {
    let property = model.name.charAt(0).toLowerCase() + model.name.slice(1);
    while (properties.has(property)) property = `${property}_`;
    properties.add(property);
    modelNames.set(model.name, {
      row: rows.get(model.name) as string,
      include: claim(`${model.name}Include`),
      payload: claim(`${model.name}Payload`),
      payloadNode: claim(`${model.name}Node`),
      createInput: claim(`${model.name}CreateInput`),
      updateInput: claim(`${model.name}UpdateInput`),
      whereInput: claim(`${model.name}WhereInput`),
      whereUniqueInput: claim(`${model.name}WhereUniqueInput`),
      delegate: claim(`${model.name}Delegate`),
      property,
      file: files.get(model.name) as string,
    });
  }
  const helpers: HelperNames = {
    jsonValue: claim("JsonValue"),
    decimal: claim("Decimal"),
    subInclude: claim("SubInclude"),
    payload: claim("Payload"),
    payloadNode: claim("PayloadNode"),
    related: claim("Related"),
    client: claim("Client"),
    transport: claim("Transport"),
    transportRequest: claim("TransportRequest"),
    modelName: claim("ModelName"),
    action: claim("Action"),
    createClient: claim("createClient", false),
    fetchTransport: claim("fetchTransport", false),
    fetchTransportOptions: claim("FetchTransportOptions"),
    fetchLike: claim("FetchLike"),
    encode: claim("encode", false),
    decode: claim("decode", false),
    taggedFormatVersion: claim("taggedFormatVersion", false),
  };
  return { models: modelNames, enums, compositeTypes, helpers };
}

/** Models the client has: `@@ignore`d ones are left out, as Prisma's client does. */
export function typedModels(schema: SchemaModel): Model[] {
  return schema.models.filter((model) => !model.isIgnored);
}
