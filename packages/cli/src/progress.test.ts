import { describe, expect, it } from "vitest";
import type { Output } from "./output.js";
import { createProgress } from "./progress.js";

function terminal() {
  const drawn: string[] = [];
  let cleared = 0;
  const output: Output = {
    out: () => {},
    err: () => {},
    color: { out: false, err: false },
    status: { update: (text) => drawn.push(text), clear: () => cleared++ },
  };
  return { output, drawn, cleared: () => cleared };
}

describe("createProgress()", () => {
  it("draws nothing for a run shorter than the delay, then each step with counts once it is due", () => {
    const { output, drawn, cleared } = terminal();
    let time = 0;
    const progress = createProgress(output, true, 1000, () => time);
    progress.report({ kind: "generator", generator: "types", index: 1, total: 2 });
    expect(drawn).toEqual([]);
    time = 1500;
    progress.report({ kind: "generated", generator: "types", files: 12 });
    progress.report({ kind: "generator", generator: "sql", index: 2, total: 2 });
    expect(drawn.at(-1)).toBe("gen: [2/2] sql · types 12 files · 1.5 s");
    progress.finish();
    expect(cleared()).toBe(1);
  });

  it("shows nothing when disabled (--quiet, --json) or when stderr is not a terminal", () => {
    const { output, drawn } = terminal();
    const progress = createProgress(output, false, 0, () => 5000);
    progress.report({ kind: "write", files: 3 });
    expect(drawn).toEqual([]);
    const noTerminal = createProgress({ ...output, status: undefined }, true, 0, () => 5000);
    expect(() => noTerminal.report({ kind: "write", files: 3 })).not.toThrow();
  });
});
