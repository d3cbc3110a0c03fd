import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "prisma-generator",
    include: ["src/**/*.test.ts"],
  },
});
