// The absolute medians behind the ratios, for reading them: one table of milliseconds per size.

const ms = (m) => (m?.ms === undefined ? (m?.error ?? "—") : `${m.ms.toFixed(0)} ms`);
const mb = (m) => (m?.rssMb === undefined ? "—" : `${m.rssMb.toFixed(0)} MB`);

/** A Markdown table of every median measured, by size. */
export function detailsTable(measured, alone, tsc, watch) {
  const sizes = measured.map((m) => m.size);
  const line = (label, values) => `| ${label} | ${values.join(" | ")} |`;
  const lines = [
    line(
      "cold process (median)",
      sizes.map((s) => `${s.toLocaleString("en")} models`),
    ),
    `| --- | ${sizes.map(() => "---:").join(" | ")} |`,
  ];
  const kinds = ["validate", "sql", "types", "zod", "mermaid", "all"];
  const command = (kind) => (kind === "validate" ? "gen validate" : kind === "all" ? "gen" : `gen --only ${kind}`);
  for (const kind of kinds)
    lines.push(
      line(
        `Cardinal \`${command(kind)}\``,
        measured.map((m) => ms(m.cardinal[kind])),
      ),
    );
  lines.push(
    line(
      "Prisma wasm validate",
      measured.map((m) => ms(m.prisma.validate)),
    ),
  );
  lines.push(
    line(
      "Prisma schema engine, diff from empty",
      measured.map((m) => ms(m.prisma.ddl)),
    ),
  );
  for (const [i, peer] of measured[0]?.peers.entries() ?? [])
    lines.push(
      line(
        `\`prisma generate\`: ${peer.name}`,
        measured.map((m) => ms(m.peers[i])),
      ),
    );
  const extra = [];
  for (const a of alone)
    extra.push(`Cardinal \`gen validate\` at ${a.size.toLocaleString("en")} models: ${ms(a.validate)}.`);
  if (tsc)
    extra.push(
      `\`tsc\` at ${tsc.size.toLocaleString("en")} models: Cardinal types ${ms(tsc.cardinalTypes)} / ${mb(tsc.cardinalTypes)}, Cardinal zod ${ms(tsc.cardinalZod)} / ${mb(tsc.cardinalZod)}, Prisma Client ${ms(tsc.prismaClient)} / ${mb(tsc.prismaClient)}, zod-prisma-types ${ms(tsc.zodPrismaTypes)} / ${mb(tsc.zodPrismaTypes)}.`,
    );
  if (watch !== undefined)
    extra.push(
      `\`gen watch\` at ${watch.size.toLocaleString("en")} models, one model edited: ${watch.ms.toFixed(0)} ms (median of ${watch.samples.length} edits: ${watch.samples.map((s) => s.toFixed(0)).join(", ")} ms)${watch.folder ? `; with the schema as 20 files (only the edited file is parsed again): ${watch.folder.ms.toFixed(0)} ms (${watch.folder.samples.map((s) => s.toFixed(0)).join(", ")} ms)` : ""}.`,
    );
  return `${lines.join("\n")}\n\n${extra.join(" ")}`;
}
