import type { ModelNames } from "../naming.js";
import { typedModels } from "../naming.js";
import type { EmitContext } from "./context.js";
import { delegateActions } from "./emit-model.js";

/**
 * The typed client: `createClient(transport)` returns one delegate per model; every call is handed to the
 * transport as `{ model, action, args }`. No dependency beyond these files.
 */
export function emitClient(context: EmitContext): void {
  const { names, schema } = context;
  const { helpers } = names;
  const models = typedModels(schema);
  const modelNames = models.map((model) => JSON.stringify(model.name));
  context.add({
    kind: "typeAlias",
    isExported: true,
    name: helpers.modelName,
    docs: [{ description: "The models the client knows." }],
    type: modelNames.length > 0 ? modelNames.join(" | ") : "never",
  });
  context.add({
    kind: "typeAlias",
    isExported: true,
    name: helpers.action,
    docs: [{ description: "The operations a delegate can ask for." }],
    type: '"findUnique" | "findMany" | "create" | "update" | "delete"',
  });
  context.add({
    kind: "interface",
    isExported: true,
    name: helpers.transportRequest,
    docs: [{ description: "What the client hands the transport for each call." }],
    properties: [
      { name: "model", type: helpers.modelName },
      { name: "action", type: helpers.action },
      { name: "args", type: "unknown" },
    ],
  });
  context.add({
    kind: "typeAlias",
    isExported: true,
    name: helpers.transport,
    docs: [
      {
        description:
          "Carries a request to wherever the data lives (HTTP, RPC, a test double) and resolves with the result.",
      },
    ],
    type: `(request: ${helpers.transportRequest}) => globalThis.Promise<unknown>`,
  });
  const delegates = models.map((model) => ({ model, own: context.names.models.get(model.name) as ModelNames }));
  for (const { own } of delegates) context.use(own.delegate, `models/${own.file}`);
  context.add({
    kind: "interface",
    isExported: true,
    name: helpers.client,
    docs: [{ description: "One delegate per model." }],
    properties: delegates.map(({ own }) => ({ name: own.property, type: own.delegate })),
  });
  const entries = delegates.map(
    ({ model, own }) =>
      `${own.property}: delegate(${JSON.stringify(model.name)}, [${delegateActions(model)
        .map((action) => JSON.stringify(action))
        .join(", ")}]) as unknown as ${own.delegate},`,
  );
  context.add({
    kind: "function",
    isExported: true,
    name: helpers.createClient,
    docs: [
      {
        description:
          'A client whose every call becomes `transport({ model, action, args })`.\n@example const client = createClient(async (request) => (await fetch("/api", { method: "POST", body: JSON.stringify(request) })).json());',
      },
    ],
    parameters: [{ name: "transport", type: helpers.transport }],
    returnType: helpers.client,
    statements: (writer) => {
      if (delegates.length === 0) {
        writer.writeLine("// The schema has no models: there is nothing to ask the transport for.");
        writer.writeLine("void transport;");
        writer.write("return {};");
        return;
      }
      writer.writeLine(
        `const delegate = (model: ${helpers.modelName}, actions: readonly ${helpers.action}[]): object =>`,
      );
      writer.indent(() =>
        writer.writeLine(
          "globalThis.Object.fromEntries(actions.map((action) => [action, (args?: unknown) => transport({ model, action, args })]));",
        ),
      );
      writer.writeLine("return {");
      writer.indent(() => {
        for (const entry of entries) writer.writeLine(entry);
      });
      writer.write("};");
    },
  });
}
