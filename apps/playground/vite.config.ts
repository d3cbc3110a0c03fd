import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  // PGlite loads its wasm and data files relative to its own module; pre-bundling would move it.
  optimizeDeps: { exclude: ["@electric-sql/pglite"] },
  worker: { format: "es" },
  build: {
    target: "es2022",
    // The e2e test reads it to add up the main bundle (the entry and the app chunk with their static imports).
    manifest: true,
    // Mermaid, ELK, TypeScript (for ts-morph) and PGlite are large by nature: each is a lazily loaded chunk.
    chunkSizeWarningLimit: 12_000,
    rollupOptions: {
      // PGlite's Emscripten loader uses direct eval; that is its own, known code.
      onwarn(warning, warn) {
        if (warning.code !== "EVAL") warn(warning);
      },
    },
  },
});
