import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "gen-types",
    include: ["src/**/*.test.ts"],
  },
});
