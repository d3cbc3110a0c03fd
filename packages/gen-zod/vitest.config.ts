import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "gen-zod",
    include: ["src/**/*.test.ts"],
  },
});
