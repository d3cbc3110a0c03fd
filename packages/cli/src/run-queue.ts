/** Runs a task on request, one run at a time; see `createRunQueue()`. */
export interface RunQueue {
  /** Asks for a run because of `reason` (a changed file); runs `delay` ms after the last request of a burst. */
  request(reason: string): void;
  /** Stops: no run starts after this (one under way finishes). */
  close(): void;
}

/**
 * A debounced, coalescing runner: requests within `delay` ms of each other make one run, given every reason; a
 * request while a run is under way is kept and makes exactly one more run after it (however many requests came),
 * so an edit saved during a run is never lost and a burst of saves is one run. A task that rejects ends the queue
 * and is passed to `onFatal` (a bug, not a user's mistake: those the task reports itself).
 */
export function createRunQueue(
  task: (reasons: readonly string[]) => Promise<void>,
  delay: number,
  onFatal: (error: unknown) => void,
): RunQueue {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let closed = false;

  const drain = async () => {
    timer = undefined;
    if (running || closed) return;
    running = true;
    try {
      // A request during the run restarts the timer: its expiry starts the next run once the burst is over.
      while (pending.size > 0 && timer === undefined && !closed) {
        const reasons = [...pending];
        pending.clear();
        await task(reasons);
      }
    } catch (error) {
      closed = true;
      clearTimeout(timer);
      onFatal(error);
    } finally {
      running = false;
    }
  };

  return {
    request(reason) {
      if (closed) return;
      pending.add(reason);
      clearTimeout(timer);
      timer = setTimeout(() => void drain(), delay);
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}
