import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-kysely-plugin",
    include: ["src/**/*.test.ts"],
  },
});
