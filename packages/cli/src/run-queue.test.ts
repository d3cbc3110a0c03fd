import { describe, expect, it } from "vitest";
import { createRunQueue } from "./run-queue.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A task that records each run's reasons and takes `ms` to run. */
function recorder(ms: number) {
  const runs: string[][] = [];
  const task = async (reasons: readonly string[]) => {
    runs.push([...reasons]);
    await sleep(ms);
  };
  return { runs, task };
}

describe("createRunQueue()", () => {
  it("`createRunQueue()` makes one run of a burst of requests, with every reason", async () => {
    const { runs, task } = recorder(0);
    const queue = createRunQueue(task, 20, (error) => {
      throw error;
    });
    for (const reason of ["a", "b", "a", "c"]) {
      queue.request(reason);
      await sleep(5);
    }
    await sleep(100);
    expect(runs).toEqual([["a", "b", "c"]]);
    queue.close();
  });

  it("`createRunQueue()` runs once more after a run during which requests came, never two at once", async () => {
    let running = 0;
    let overlapped = false;
    const runs: string[][] = [];
    const queue = createRunQueue(
      async (reasons) => {
        overlapped ||= running > 0;
        running++;
        runs.push([...reasons]);
        await sleep(150);
        running--;
      },
      10,
      (error) => {
        throw error;
      },
    );
    queue.request("start");
    await sleep(50); // the first run is under way
    queue.request("edit 1");
    await sleep(20);
    queue.request("edit 2");
    await sleep(400);
    expect(runs).toEqual([["start"], ["edit 1", "edit 2"]]);
    expect(overlapped).toBe(false);
    queue.close();
  });

  it("`createRunQueue()` hands a failing task's error to onFatal and runs nothing more", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const queue = createRunQueue(
      async () => {
        calls++;
        throw new Error("bug");
      },
      5,
      (error) => errors.push(error),
    );
    queue.request("a");
    await sleep(50);
    queue.request("b");
    await sleep(50);
    expect(calls).toBe(1);
    expect(errors).toEqual([new Error("bug")]);
  });

  it("`createRunQueue()` runs nothing after close()", async () => {
    const { runs, task } = recorder(0);
    const queue = createRunQueue(task, 10, () => {});
    queue.request("a");
    queue.close();
    await sleep(50);
    expect(runs).toEqual([]);
  });
});
