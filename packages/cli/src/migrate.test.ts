import { describe, expect, it } from "vitest";
import { migrationSlug, ordinalPrefix, timestampPrefix } from "./migrate.js";

describe("migration folder names", () => {
  it("`timestampPrefix()` writes YYYYMMDDHHMMSS in UTC, as Prisma Migrate", () => {
    expect(timestampPrefix(new Date("2026-12-01T08:05:09.123Z"))).toBe("20261201080509");
  });

  it("`ordinalPrefix()` follows the highest numbered folder", () => {
    expect(ordinalPrefix([])).toBe("0001");
    expect(ordinalPrefix(["0001_init", "0007_x", "migration_lock.toml", "20240101000000_y"])).toBe("20240101000001");
    expect(ordinalPrefix(["0002_a", "0003_b"])).toBe("0004");
  });

  it("`migrationSlug()` lower-cases and joins words with underscores", () => {
    expect(migrationSlug("  Add User-Email! ")).toBe("add_user_email");
    expect(migrationSlug("!!!")).toBe("");
  });
});
