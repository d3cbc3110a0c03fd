import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mustRun } from "./run.js";

/** The repository root (this file is packages/registry-test/src/publish.ts). */
export const repoRoot = join(import.meta.dirname, "../../..");

/**
 * The folders under packages/ of every package a release publishes, dependencies first. A new public package is
 * added here (and to the apps' installs in app-steps.ts).
 */
export const publicPackages = [
  "core",
  "gen-sql",
  "gen-types",
  "gen-zod",
  "gen-mermaid",
  "cli",
  "prisma-generator",
] as const;

/**
 * `[node, pnpm.cjs]`: the pnpm of this package's node_modules (the `pnpm` dev dependency; its `exports` hide
 * package.json, so it is found by path).
 */
export function pnpmCommand(): [string, string] {
  const folder = join(import.meta.dirname, "../node_modules/pnpm");
  const bin = (JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { bin: { pnpm: string } }).bin.pnpm;
  return [process.execPath, join(folder, bin)];
}

/** A published package: its manifest as the registry serves it and the files of its tarball, unpacked. */
export interface PublishedPackage {
  readonly manifest: Record<string, unknown>;
  /** The unpacked tarball (its `package/` folder). */
  readonly folder: string;
}

/**
 * Publishes every public package, as built, with `pnpm publish` (which packs `workspace:*` as the version it points
 * at) to the registry in `env`'s userconfig, all at once, then downloads and unpacks each tarball into `folder`.
 * @example const published = await publishAll(registry.url, env, tmp);
 */
export async function publishAll(url: string, env: NodeJS.ProcessEnv, folder: string): Promise<PublishedPackage[]> {
  const [node, pnpm] = pnpmCommand();
  const publish = (name: string) =>
    mustRun(node, [pnpm, "publish", "--registry", url, "--no-git-checks", "--access", "public"], {
      cwd: join(repoRoot, "packages", name),
      env,
    });
  await Promise.all(publicPackages.map(publish));
  return Promise.all(publicPackages.map((name) => download(url, name, env, join(folder, name))));
}

async function download(url: string, name: string, env: NodeJS.ProcessEnv, folder: string): Promise<PublishedPackage> {
  const { name: packageName, version } = JSON.parse(
    readFileSync(join(repoRoot, "packages", name, "package.json"), "utf8"),
  ) as { name: string; version: string };
  const packument = (await (await fetch(`${url}${packageName.replace("/", "%2f")}`)).json()) as {
    versions: Record<string, Record<string, unknown> & { dist: { tarball: string } }>;
  };
  const manifest = packument.versions[version];
  if (!manifest) throw new Error(`${packageName}@${version} is not on the registry after publishing`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "package.tgz"), Buffer.from(await (await fetch(manifest.dist.tarball)).arrayBuffer()));
  await mustRun("tar", ["-xzf", "package.tgz"], { cwd: folder, env });
  return { manifest, folder: join(folder, "package") };
}
