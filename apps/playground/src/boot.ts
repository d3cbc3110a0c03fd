// The page's entry. The worker starts generating the restored schema, and Mermaid and the app start downloading, all
// at once, instead of each waiting until the app's modules (CodeMirror...) have run; the first diagram is drawn here
// as soon as the worker's quick outputs and Mermaid are in, the app taking it over when it is ready.
import { restoreSession } from "./ui/persist.js";
import { workerClient } from "./ui/worker-client.js";

const session = restoreSession(location.hash);
const diagram = import("./ui/diagram.js");
void diagram.then(({ loadMermaid }) => loadMermaid());
workerClient().prefetch(session.schema, session.options, (outputs) => {
  const first = outputs.diagrams[0];
  if (first) void diagram.then(({ drawEarly }) => drawEarly(first.content));
});
void import("./main.js");
