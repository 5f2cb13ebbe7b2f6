import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BuiltApp, buildApp } from "../src/app";
import { loadConfig } from "../src/config";

export interface TestServer extends BuiltApp {
  url: string;
  dataDir: string;
  /** Stops the server; the data stays unless `removeData` is set. */
  close(options?: { removeData?: boolean }): Promise<void>;
}

/**
 * Which backing services the server under test uses: embedded PGlite + in-process jobs by default, or
 * PostgreSQL + BullMQ on Redis with TEST_BACKEND=postgres-redis (URLs from TEST_DATABASE_URL, TEST_REDIS_URL).
 */
const external = process.env.TEST_BACKEND === "postgres-redis";
if (external && !(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL)) {
  throw new Error("TEST_BACKEND=postgres-redis needs TEST_DATABASE_URL and TEST_REDIS_URL");
}
export const backend = {
  databaseUrl: external ? process.env.TEST_DATABASE_URL : undefined,
  redisUrl: external ? process.env.TEST_REDIS_URL : undefined,
};
export const backendName = external ? "postgresql+bullmq" : "pglite+in-process";

/** Starts the real server on a random port, like `npm start` does, with a fresh data folder. */
export async function startTestServer(
  env: Record<string, string> = {},
  dataDir?: string,
  options: { logStream?: { write(line: string): void } } = {},
): Promise<TestServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), "studio-test-"));
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    LOG_LEVEL: "warn",
    SERVE_WEB: "false",
    SESSION_SECRET: "test-secret-test-secret-test-secret",
    // Every test client signs up from 127.0.0.1: the per-address sign-up limit is tested on its own.
    REGISTER_MAX_PER_HOUR: "1000",
    ...(backend.databaseUrl ? { DATABASE_URL: backend.databaseUrl } : {}),
    ...(backend.redisUrl ? { REDIS_URL: backend.redisUrl } : {}),
    ...env,
  });
  const built = await buildApp(config, options);
  await built.app.listen({ port: 0, host: "127.0.0.1" });
  const address = built.app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    ...built,
    url: `http://127.0.0.1:${port}`,
    dataDir: dir,
    async close(options = {}) {
      await built.app.close();
      if (options.removeData) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const uniqueEmail = (tag = "user") => `${tag}-${crypto.randomUUID().slice(0, 8)}@example.com`;

/** A small JSON client that keeps the login token. */
export class Client {
  token: string | null = null;
  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: response.status, body: json, headers: response.headers };
  }

  async signIn(email: string, password: string) {
    const login = await this.request("POST", "/api/auth/login", { email, password });
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
    this.token = login.body.token;
    return login.body.user;
  }

  async signUp(name = "테스트 사용자") {
    const email = uniqueEmail();
    const password = "correct horse battery";
    const registered = await this.request("POST", "/api/auth/register", { email, password, name });
    if (registered.status !== 201) throw new Error(`register failed: ${JSON.stringify(registered.body)}`);
    const login = await this.request("POST", "/api/auth/login", { email, password });
    this.token = login.body.token;
    return { email, password, user: login.body.user };
  }
}
