import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*", "examples/client-app", "examples/kysely-plugin"],
    // Vitest uses one worker less than the cores by default; on 2 cores that ran the suite one file at a time.
    maxWorkers: "100%",
  },
});
