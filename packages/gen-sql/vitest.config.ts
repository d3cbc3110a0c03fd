import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "gen-sql",
    include: ["src/**/*.test.ts"],
  },
});
