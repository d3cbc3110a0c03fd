import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

/** A running Verdaccio: its URL (with a trailing slash), a publish token and a way to stop it. */
export interface LocalRegistry {
  readonly url: string;
  readonly token: string;
  /** Writes an .npmrc that points npm and pnpm at this registry, with the token. Returns its path. */
  readonly writeNpmrc: (path: string) => string;
  readonly stop: () => Promise<void>;
}

const user = { name: "cardinal-test", password: "cardinal-test-password" };

/** A TCP port free on 127.0.0.1 at the time of asking. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Verdaccio's configuration: `@cardinal/*` only from what the test publishes (never the public registry, where
 * the scope belongs to someone else), everything else proxied from registry.npmjs.org; room for one user, whom
 * `signUp` registers.
 */
function writeConfig(folder: string): string {
  writeFileSync(join(folder, "htpasswd"), "");
  const config = `storage: ${JSON.stringify(join(folder, "storage"))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(folder, "htpasswd"))}
    max_users: 1
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
    timeout: 60s
packages:
  "@cardinal/*":
    access: $all
    publish: $authenticated
  "**":
    access: $all
    publish: $authenticated
    proxy: npmjs
log: { type: stdout, format: pretty, level: warn }
`;
  const path = join(folder, "config.yaml");
  writeFileSync(path, config);
  return path;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`verdaccio did not answer at ${url} within 30 s:\n${output()}`);
}

/** Registers the test user (CouchDB-style `PUT /-/user/...`, as `npm adduser` does) and returns its token. */
async function signUp(url: string): Promise<string> {
  const response = await fetch(`${url}-/user/org.couchdb.user:${user.name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: user.name, password: user.password }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token)
    throw new Error(`verdaccio sign-up failed: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

/**
 * Starts Verdaccio (the dev dependency) on 127.0.0.1 on a free port with its config and storage in `folder`.
 * @example const registry = await startRegistry(tmp); ...; await registry.stop();
 */
export async function startRegistry(folder: string): Promise<LocalRegistry> {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve("verdaccio/package.json");
  const bin = join(dirname(packageJson), (JSON.parse(readFileSync(packageJson, "utf8")) as { bin: string }).bin);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [bin, "--config", writeConfig(folder), "--listen", `127.0.0.1:${port}`], {
    cwd: folder,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    await waitUntilUp(url, child, () => log);
    const token = await signUp(url);
    const host = url.replace(/^http:/, "");
    const writeNpmrc = (path: string) => {
      writeFileSync(path, `registry=${url}\n${host}:_authToken=${token}\nfund=false\naudit=false\n`);
      return path;
    };
    return { url, token, writeNpmrc, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
