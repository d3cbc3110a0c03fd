// The page's entry: Mermaid (for the first diagram) and the app start downloading in parallel, instead of Mermaid
// waiting until the app's modules (CodeMirror...) have been fetched and run.
void import("./ui/diagram.js").then(({ loadMermaid }) => loadMermaid());
void import("./main.js");
