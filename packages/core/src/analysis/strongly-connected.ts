/** A graph as adjacency lists: the nodes each node points to (duplicates allowed). */
export type Graph<N> = ReadonlyMap<N, readonly N[]>;

/** The strongly connected components of a graph, and how many edges were followed to find them. */
export interface Components<N> {
  readonly components: readonly (readonly N[])[];
  /** Edges followed: each edge exactly once, so the work is linear in the graph's size. */
  readonly edgesFollowed: number;
}

interface Frame<N> {
  readonly node: N;
  next: number;
}

/**
 * Tarjan's strongly connected components, iterative (no recursion, so no stack overflow on long chains).
 * Nodes missing from the graph's keys have no outgoing edges.
 */
export function stronglyConnected<N>(graph: Graph<N>): Components<N> {
  const index = new Map<N, number>();
  const low = new Map<N, number>();
  const stack: N[] = [];
  const onStack = new Set<N>();
  const components: N[][] = [];
  let edgesFollowed = 0;
  const visit = (node: N, frames: Frame<N>[]) => {
    index.set(node, index.size);
    low.set(node, index.size - 1);
    stack.push(node);
    onStack.add(node);
    frames.push({ node, next: 0 });
  };
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const frames: Frame<N>[] = [];
    visit(root, frames);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as Frame<N>;
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as N;
        edgesFollowed++;
        if (!index.has(target)) visit(target, frames);
        else if (onStack.has(target)) lower(low, frame.node, index.get(target) as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) lower(low, parent.node, low.get(frame.node) as number);
      if (low.get(frame.node) === index.get(frame.node)) components.push(popComponent(stack, onStack, frame.node));
    }
  }
  return { components, edgesFollowed };
}

function lower<N>(low: Map<N, number>, node: N, value: number): void {
  if (value < (low.get(node) as number)) low.set(node, value);
}

function popComponent<N>(stack: N[], onStack: Set<N>, root: N): N[] {
  const component: N[] = [];
  for (;;) {
    const node = stack.pop() as N;
    onStack.delete(node);
    component.push(node);
    if (node === root) return component.reverse();
  }
}
