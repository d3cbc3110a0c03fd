import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type TempApp } from "./app.js";
import { appSteps, publishedVersion } from "./app-steps.js";
import { publicPackages, publishAll, repoRoot } from "./publish.js";
import { type LocalRegistry, startRegistry } from "./registry.js";
import { isolatedEnv, mustRun } from "./run.js";

// Publishes the built packages to a local Verdaccio (third-party packages proxied from registry.npmjs.org) and
// installs them into fresh apps outside the repository, as users will. Needs the packages built.
describe("the packages as published", { timeout: 600_000 }, () => {
  let folder = "";
  let registry: LocalRegistry | undefined;
  let env: NodeJS.ProcessEnv = {};
  const apps: TempApp[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "cardinal-registry-"));
    registry = await startRegistry(folder);
    env = isolatedEnv(registry.writeNpmrc(join(folder, "npmrc")));
  }, 120_000);

  // Each app holds a few hundred MB of node_modules (Prisma's among them): slow to delete on a busy machine.
  afterAll(async () => {
    await registry?.stop();
    for (const dir of [folder, ...apps.map((app) => app.dir)]) if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("pnpm publish publishes every public package with README, LICENSE, both flavours and no workspace: ranges", async () => {
    const published = await publishAll(registry?.url ?? "", env, join(folder, "published"));
    expect(published.map(({ manifest }) => manifest.name)).toEqual(publicPackages.map((name) => `@cardinal/${name}`));
    for (const { manifest, folder: files } of published) {
      expect(JSON.stringify(manifest)).not.toContain("workspace:");
      expect(manifest).toMatchObject({ license: "MIT", repository: { directory: expect.any(String) } });
      expect(readFileSync(join(files, "README.md"), "utf8")).toMatch(/^# @cardinal\//);
      expect(readFileSync(join(files, "LICENSE"), "utf8")).toContain("Cardinal contributors");
      for (const path of ["dist/index.js", "dist/index.d.ts", "dist/cjs/index.js", "dist/cjs/index.d.ts"])
        expect(existsSync(join(files, path)), path).toBe(true);
      const maps = readdirSync(join(files, "dist"), { recursive: true }).map(String);
      expect(maps.filter((path) => path.endsWith(".d.ts.map"))).toEqual([]);
      const map = JSON.parse(readFileSync(join(files, "dist/index.js.map"), "utf8")) as { sourcesContent?: string[] };
      expect(map.sourcesContent?.[0]).toContain("export");
    }
  });

  it.concurrent.each(["npm", "pnpm"] as const)(
    "%s: install @cardinal/cli, gen, gen check, compile, import and require; prisma generate with the Cardinal block",
    async (manager) => {
      const app = createApp(manager, env);
      apps.push(app);
      for (const step of appSteps) await step(app);
    },
  );

  it("npx @cardinal/cli runs the gen command without an install", async () => {
    const empty = mkdtempSync(join(tmpdir(), "cardinal-registry-npx-"));
    apps.push({ dir: empty, manager: "npm", env });
    // npx keeps what it installed under the npm cache, keyed by the spec: a cache of its own per run, so a package
    // published earlier under the same version is never what runs.
    const npxEnv = { ...env, npm_config_cache: join(empty, ".npm-cache") };
    const { stdout } = await mustRun("npm", ["exec", "--yes", "--", "@cardinal/cli", "--version"], {
      cwd: empty,
      env: npxEnv,
    });
    expect(stdout.trim()).toBe(publishedVersion(repoRoot, "cli"));
  });
});
