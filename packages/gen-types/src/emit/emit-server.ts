import { createModelIndex, type SchemaModel } from "@cardinal/core";
import type { Names } from "../naming.js";
import type { ResolvedTypesOptions } from "../options.js";
import { createClientNames } from "./client/client-names.js";
import { serverHandlerText } from "./server/server-handler.js";
import { serverMetaText } from "./server/server-meta.js";
import { serverSchemasText } from "./server/server-schemas.js";

/**
 * The server side (`server.ts`, with `server: true`): `createHandler(executor, options)`, `prismaExecutor(prisma)`
 * and `toFetchHandler(handler)`, validating with zod schemas built from a generated model description. It imports
 * `zod` (a peer of the generated code) and the client's `encode`/`decode`; it never imports Prisma. A file of its
 * own in both layouts, so a browser bundle that imports the client never pulls zod in.
 */
export function emitServer(schema: SchemaModel, names: Names, options: ResolvedTypesOptions): string {
  const { helpers } = names;
  const single = options.layout === "single-file";
  const from = (module: string) => `./${single ? "index" : module}${options.importExtension}`;
  const context = {
    schema,
    index: createModelIndex(schema),
    names,
    client: createClientNames(names, options),
    options,
  };
  // The fixed code says `ModelName` and `Action`; the description (model names as data) is left as it is.
  const code = [serverSchemasText(options), serverHandlerText(helpers)]
    .join("\n\n")
    .replaceAll(/\bModelName\b/g, helpers.modelName)
    .replaceAll(/\bAction\b/g, helpers.action);
  const fixed = `${serverMetaText(schema, names, context)}\n\n${code}`;
  return [
    'import { z } from "zod";',
    `import type { ${helpers.action}, ${helpers.modelName} } from "${from("client")}";`,
    `import { ${helpers.decode}, ${helpers.encode} } from "${from("transport")}";`,
    "",
    fixed,
  ].join("\n");
}
