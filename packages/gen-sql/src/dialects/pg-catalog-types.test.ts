import { createPglite } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { pgCatalogTypeNames } from "./pg-catalog-types.js";

describe("pgCatalogTypeNames", () => {
  it("`pgCatalogTypeNames` holds exactly PGlite's pg_catalog types, arrays included", async () => {
    const db = await createPglite();
    try {
      const { rows } = await db.query<{ typname: string }>(
        "SELECT typname FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace",
      );
      const expected = rows.map((row) => row.typname);
      expect([...pgCatalogTypeNames].sort()).toEqual([...new Set(expected)].sort());
    } finally {
      await db.close();
    }
  }, 60_000);
});
