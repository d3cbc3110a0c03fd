import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "registry-test",
    include: ["src/**/*.test.ts"],
  },
});
