// The page's entry. The worker starts generating the restored schema, and Mermaid (for the first diagram) and the
// app start downloading, all at once, instead of each waiting until the app's modules (CodeMirror...) have run.
import { restoreSession } from "./ui/persist.js";
import { workerClient } from "./ui/worker-client.js";

const session = restoreSession(location.hash);
workerClient().prefetch(session.schema, session.options);
void import("./ui/diagram.js").then(({ loadMermaid }) => loadMermaid());
void import("./main.js");
