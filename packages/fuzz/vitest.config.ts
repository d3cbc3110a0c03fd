import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "fuzz",
    include: ["src/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
