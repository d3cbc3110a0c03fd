// The issue's targets as data: each comparison is a ratio (Cardinal / the best peer on the same work, same run)
// with its limit. A comparison whose peer did not run is listed with its reason instead of a ratio.

/** The fastest successful measurement among the peers of one kind, or undefined. */
function fastest(peers, kind) {
  return peers.filter((p) => p.kind === kind && p.ms !== undefined).sort((a, b) => a.ms - b.ms)[0];
}

const row = (size, work, cardinal, peer, target) => ({
  size,
  work,
  peerName: peer?.name ?? "—",
  ratio: peer?.ms !== undefined && cardinal?.ms !== undefined ? cardinal.ms / peer.ms : undefined,
  target,
  note: peer?.error,
});

/** The cold-process comparisons of one size. Targets apply from 1,000 models where the issue says so. */
export function coldComparisons({ size, cardinal, prisma, peers }) {
  const big = size >= 1000;
  const rows = [
    row(
      size,
      "validate, cold",
      cardinal.validate,
      { name: "Prisma wasm validate", ...prisma.validate },
      big ? 0.5 : undefined,
    ),
    row(
      size,
      "SQL, cold",
      cardinal.sql,
      { name: "Prisma schema engine, diff from empty", ...prisma.ddl },
      big ? 0.3 : undefined,
    ),
  ];
  const labels = { types: "types alone, cold", zod: "zod alone, cold", mermaid: "Mermaid alone, cold" };
  for (const kind of ["types", "zod", "mermaid"]) {
    const best = fastest(peers, kind) ?? peers.find((p) => p.kind === kind);
    rows.push(row(size, labels[kind], cardinal[kind], best, 0.3));
  }
  rows.push(
    row(size, "all four outputs, cold", cardinal.all, { name: "Cardinal `gen validate`", ...cardinal.validate }, 2),
  );
  return rows;
}

/** Validation time per model at `big` models over the same at 1,000 (1 = perfectly linear). */
export function linearity(small, big) {
  return {
    size: big.size,
    work: "validate, time per model vs 1,000",
    peerName: `Cardinal at ${small.size.toLocaleString("en")}`,
    ratio: big.ms / big.size / (small.ms / small.size),
    target: 1.25,
  };
}

/** The tsc comparisons of the issue, time and memory. */
export function tscComparisons(size, t) {
  const pair = (work, a, b, name, target) => [
    { size, work: `${work} (time)`, peerName: name, ratio: ratio(a, b, "ms"), target, note: b?.errors ?? a?.errors },
    { size, work: `${work} (memory)`, peerName: name, ratio: ratio(a, b, "rssMb"), target },
  ];
  return [
    ...pair("tsc: Cardinal zod / Cardinal types", t.cardinalZod, t.cardinalTypes, "Cardinal types", 3),
    ...pair("tsc: Cardinal zod", t.cardinalZod, t.zodPrismaTypes, "zod-prisma-types", 0.1),
    ...pair("tsc: Cardinal types", t.cardinalTypes, t.prismaClient, "Prisma Client (prisma-client)", 0.2),
  ];
}

const ratio = (a, b, key) => (a?.[key] !== undefined && b?.[key] ? a[key] / b[key] : undefined);

/** The watch comparison: one edited model against a full cold run of all four outputs. */
export function watchComparison(size, editMs, full) {
  return {
    size,
    work: "`gen watch`, one model edited",
    peerName: "full cold run, all four",
    ratio: editMs / full.ms,
    target: 0.1,
  };
}

/** A Markdown table of comparisons. */
export function ratioTable(rows) {
  const verdict = (r) =>
    r.ratio === undefined ? "not run" : r.target === undefined ? "—" : r.ratio <= r.target ? "pass" : "FAIL";
  return [
    "| models | work | compared with | ratio | target | result |",
    "| ---: | --- | --- | ---: | ---: | --- |",
    ...rows.map(
      (r) =>
        `| ${r.size.toLocaleString("en")} | ${r.work} | ${r.peerName} | ${r.ratio === undefined ? "—" : r.ratio.toFixed(2)} | ${r.target === undefined ? "—" : `≤ ${r.target}`} | ${verdict(r)}${r.note ? ` (${r.note})` : ""} |`,
    ),
  ].join("\n");
}
