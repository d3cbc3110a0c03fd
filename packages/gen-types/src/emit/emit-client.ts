import { createModelIndex, type ScalarField, type SchemaModel } from "@cardinal/core";
import type { ModelNames, Names } from "../naming.js";
import { typedModels } from "../naming.js";
import type { ResolvedTypesOptions } from "../options.js";
import { clientScalarFields } from "../type-mapping.js";
import { clientHelpersText } from "./client/client-helpers.js";
import { clientActions, clientModelText, restrictedActions } from "./client/client-model.js";
import { createClientNames } from "./client/client-names.js";
import { alias, doc, iface, member, union } from "./client/text.js";
import type { ModuleId } from "./context.js";

/** A module written as text: its declarations and the names it imports from other modules. */
export interface TextModule {
  readonly body: string;
  readonly imports: ReadonlyMap<ModuleId, ReadonlySet<string>>;
}

/**
 * The typed client (`client.ts`): Prisma Client's call surface per model (`select`/`include` with typed results,
 * filters, `orderBy`, pagination, `count`, batch writes, nested writes), `createClient(transport)`, and the types
 * a transport sees. Every call is handed to the transport as `{ model, action, args }`. No runtime dependency.
 */
export function emitClient(schema: SchemaModel, names: Names, options: ResolvedTypesOptions): TextModule {
  const imports = new Map<ModuleId, Set<string>>();
  const use = (name: string, from: ModuleId) => imports.set(from, (imports.get(from) ?? new Set()).add(name));
  const client = createClientNames(names, options);
  const context = { schema, index: createModelIndex(schema), names, client, options };
  const models = typedModels(schema);
  for (const model of models) {
    const own = names.models.get(model.name) as ModelNames;
    use(own.row, `models/${own.file}`);
    useScalarTypes(clientScalarFields(model.fields), names, options, use);
  }
  const { helpers } = names;
  const body = [
    alias("The models the client knows.", helpers.modelName, union(models.map((model) => JSON.stringify(model.name)))),
    alias("The operations a delegate can ask for.", helpers.action, union(clientActions.map((a) => JSON.stringify(a)))),
    iface("What the client hands the transport for each call.", helpers.transportRequest, [
      member("model", helpers.modelName, false),
      member("action", helpers.action, false),
      member("args", "unknown", false),
    ]),
    alias(
      "Carries a request to wherever the data lives (HTTP, RPC, a test double) and resolves with the result.",
      helpers.transport,
      `(request: ${helpers.transportRequest}) => globalThis.Promise<unknown>`,
    ),
    iface(
      "One delegate per model.",
      helpers.client,
      models.map((model) => {
        const own = names.models.get(model.name) as ModelNames;
        return member(own.property, own.delegate, false);
      }),
    ),
    createClientText(schema, names),
    clientHelpersText(),
    ...models.map((model) => clientModelText(model, context)),
  ].join("\n\n");
  return { body, imports };
}

function useScalarTypes(
  fields: readonly ScalarField[],
  names: Names,
  options: ResolvedTypesOptions,
  use: (name: string, from: ModuleId) => void,
): void {
  for (const { type } of fields) {
    if (type.kind === "enum") use(names.enums.get(type.name) as string, "enums");
    else if (type.kind === "composite") use(names.compositeTypes.get(type.name) as string, "composites");
    else if (type.kind === "scalar" && type.name === "Json") use(names.helpers.jsonValue, "common");
    else if (type.kind === "scalar" && type.name === "Decimal" && options.decimal === "string")
      use(names.helpers.decimal, "common");
  }
}

function createClientText(schema: SchemaModel, names: Names): string {
  const { helpers } = names;
  const example = `const client = ${helpers.createClient}(${helpers.fetchTransport}("/api/data")); await client.user.findMany({ where: { email: { endsWith: "@example.com" } } });`;
  const head = `${doc(`A client whose every call becomes \`transport({ model, action, args })\`. @example ${example}`)}\nexport function ${helpers.createClient}(transport: ${helpers.transport}): ${helpers.client} {`;
  const models = typedModels(schema);
  if (models.length === 0)
    return `${head}\n  // The schema has no models: there is nothing to ask the transport for.\n  void transport;\n  return {};\n}`;
  // Most models have every action: they pass none, and one cast types the whole object (a cast per model cost
  // the compiler a delegate type per model).
  const entries = models.map((model) => {
    const own = names.models.get(model.name) as ModelNames;
    const actions = restrictedActions(model);
    const list = actions === undefined ? "" : `, [${quotedList(actions)}]`;
    return `    ${own.property}: delegate(${JSON.stringify(model.name)}${list}),`;
  });
  return [
    head,
    `  const every: readonly ${helpers.action}[] = [${quotedList(clientActions)}];`,
    `  const delegate = (model: ${helpers.modelName}, actions = every): object =>`,
    "    globalThis.Object.fromEntries(actions.map((action) => [action, (args?: unknown) => transport({ model, action, args })]));",
    "  return {",
    ...entries,
    `  } as unknown as ${helpers.client};`,
    "}",
  ].join("\n");
}

/** Actions as the items of an array literal: `"findMany", "count"`. */
function quotedList(actions: readonly string[]): string {
  return actions.map((action) => JSON.stringify(action)).join(", ");
}
