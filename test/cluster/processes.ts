import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const LOGS = mkdtempSync(join(tmpdir(), "studio-cluster-"));

/** PostgreSQL and Redis: TEST_DATABASE_URL / TEST_REDIS_URL when set (CI), else started here on own ports. */
export function backingServices(): { databaseServer: string; redisServer: string } {
  if (process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL) {
    return { databaseServer: process.env.TEST_DATABASE_URL, redisServer: process.env.TEST_REDIS_URL };
  }
  const out = execFileSync("bash", [join(ROOT, "scripts/test-services.sh"), "start"], {
    env: {
      ...process.env,
      PG_PORT: "54349",
      REDIS_PORT: "63819",
      TEST_SERVICES_DIR: "/tmp/studio-cluster-services",
    },
    encoding: "utf8",
  });
  const value = (name: string) => out.match(new RegExp(`${name}=(\\S+)`))?.[1] ?? "";
  return { databaseServer: value("TEST_DATABASE_URL"), redisServer: value("TEST_REDIS_URL") };
}

/** A database of its own on the given server, so the run sees no rows of another suite. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface NodeProcess {
  name: string;
  url: string;
  child: ChildProcess;
  logFile: string;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<void>;
  log(): string;
}

/** Starts `node apps/server/src/main.ts` as a real process in the given role, and waits for /health. */
export async function startNode(
  name: string,
  role: "api" | "worker" | "all",
  port: number,
  env: Record<string, string>,
): Promise<NodeProcess> {
  const logFile = join(LOGS, `${name}.log`);
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "test",
      ROLE: role,
      PORT: String(port),
      HOST: "127.0.0.1",
      SERVE_WEB: "false",
      LOG_LEVEL: "warn",
      DATA_DIR: join(LOGS, `${name}-data`),
      REGISTER_MAX_PER_HOUR: "10000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const node: NodeProcess = {
    name,
    url,
    child,
    logFile,
    exited,
    async kill(signal) {
      child.kill(signal);
      await exited;
    },
    log: () => readFileSync(logFile, "utf8"),
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited at start:\n${node.log().slice(-3000)}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return node;
    if (Date.now() > deadline) throw new Error(`${name} did not become healthy:\n${node.log().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
