import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "gen-mermaid",
    include: ["src/**/*.test.ts"],
  },
});
