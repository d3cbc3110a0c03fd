import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-client-app",
    include: ["src/**/*.test.ts"],
    // Both files generate .prisma-client/: one at a time.
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
