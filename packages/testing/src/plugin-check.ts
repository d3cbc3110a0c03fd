/** A generated file, as core's `GeneratedFile` (this package cannot depend on core: core's tests use it). */
export interface CheckedFile {
  readonly path: string;
  readonly content: string;
}

/** What a plugin's `generate` returns. */
export interface CheckedResult {
  readonly files: readonly CheckedFile[];
  readonly diagnostics: readonly unknown[];
}

/** The parts of a generator plugin (core's `GeneratorPlugin`) the check uses. */
export interface CheckedPlugin<Model, Options> {
  readonly name: string;
  readonly options: {
    safeParse(
      value: unknown,
    ):
      | { readonly success: true; readonly data: Options }
      | { readonly success: false; readonly error: { readonly issues: readonly { readonly message: string }[] } };
  };
  generate(model: Model, options: Options): CheckedResult | Promise<CheckedResult>;
}

/** What `checkPlugin` needs besides the plugin. */
export interface PluginCheckInput<Model> {
  /** The schema text. */
  readonly schema: string;
  /** Core's `parseSchema`. */
  readonly parse: (files: { path: string; content: string }[]) => {
    readonly valid: boolean;
    readonly model: Model;
    readonly diagnostics: readonly unknown[];
  };
  /** The options as a project writes them (validated by the plugin's schema). @default {} */
  readonly options?: unknown;
  /** How many shuffled declaration orders to compare with the schema as written. @default 5 */
  readonly orders?: number;
}

/**
 * Runs a generator plugin over a schema the way `gen` does (options through its schema, then `generate`) and
 * checks what every generator must guarantee: the same input gives the same bytes (it runs twice), and the order
 * in which models, views, enums and types are declared does not change the output (it runs again on the schema
 * with those blocks shuffled, seeded). Throws an Error naming the first file that differs; returns the result.
 * @example const { files } = await checkPlugin(kyselyGenerator, { schema, parse: parseSchema });
 */
export async function checkPlugin<Model, Options>(
  plugin: CheckedPlugin<Model, Options>,
  input: PluginCheckInput<Model>,
): Promise<CheckedResult> {
  const options = plugin.options.safeParse(input.options ?? {});
  if (!options.success)
    throw new Error(`${plugin.name}: invalid options: ${options.error.issues.map((i) => i.message).join("; ")}`);
  const run = async (text: string) => {
    const parsed = input.parse([{ path: "schema.prisma", content: text }]);
    if (!parsed.valid)
      throw new Error(`${plugin.name}: the schema is not valid: ${JSON.stringify(parsed.diagnostics)}`);
    return await plugin.generate(parsed.model, options.data);
  };
  const first = await run(input.schema);
  compareResults(plugin.name, "a second run", first, await run(input.schema));
  for (let seed = 1; seed <= (input.orders ?? 5); seed++)
    compareResults(plugin.name, `declaration order #${seed}`, first, await run(shuffleBlocks(input.schema, seed)));
  return first;
}

function compareResults(name: string, what: string, expected: CheckedResult, actual: CheckedResult): void {
  const paths = (result: CheckedResult) => result.files.map((file) => file.path).join(", ");
  if (paths(expected) !== paths(actual))
    throw new Error(`${name}: ${what} gave other files: [${paths(actual)}] instead of [${paths(expected)}]`);
  expected.files.forEach((file, index) => {
    if (actual.files[index]?.content !== file.content) throw new Error(`${name}: ${what} changed ${file.path}`);
  });
  if (JSON.stringify(expected.diagnostics) !== JSON.stringify(actual.diagnostics))
    throw new Error(`${name}: ${what} gave other diagnostics`);
}

/** A top-level block that may move: `model`, `view`, `enum` or `type`, with the `///` lines above it. */
const movable = /^(?:model|view|enum|type)\s+\S+\s*\{/;

/**
 * The schema with its model, view, enum and type blocks in another order (the same for the same seed); every other
 * line (datasource, generators, comments between blocks) stays where it was.
 */
export function shuffleBlocks(schema: string, seed: number): string {
  const lines = schema.split("\n");
  const blocks: string[][] = [];
  const slots: (string | number)[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!movable.test(lines[i] ?? "")) {
      slots.push(lines[i] ?? "");
      continue;
    }
    let start = slots.length;
    while (start > 0 && /^\s*\/\/\//.test(String(slots[start - 1]))) start--;
    const block = slots.splice(start).map(String);
    while (i < lines.length && lines[i] !== "}") block.push(lines[i++] ?? "");
    block.push(lines[i] ?? "}");
    slots.push(blocks.length);
    blocks.push(block);
  }
  const order = permutation(blocks.length, seed);
  return slots.flatMap((slot) => (typeof slot === "number" ? (blocks[order[slot] ?? slot] ?? []) : [slot])).join("\n");
}

/** A seeded Fisher–Yates permutation of 0..n-1 (a small LCG: the same seed, the same order, on every machine). */
function permutation(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}
