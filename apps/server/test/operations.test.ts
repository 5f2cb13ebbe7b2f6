import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSessions } from "../src/db/schema";
import { CLEANUP_JOB } from "../src/jobs/cleanup-job";
import { backend, backendName, Client, startTestServer, type TestServer } from "./test-server";

describe(`operations (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer({ ALLOWED_ORIGINS: "https://studio.example.com" });
    client = new Client(server.url);
  });
  afterAll(() => server.close({ removeData: true }));

  it("reports health with the version", async () => {
    const res = await client.request("GET", "/health");
    expect(res.body).toEqual({ status: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it("lists every service in /api/status with enabled, provider and a reason", async () => {
    const res = await client.request("GET", "/api/status");
    for (const name of ["database", "queue", "llm", "stt", "tts", "sandbox"]) {
      const service = res.body.services[name];
      expect(service, name).toMatchObject({ enabled: expect.any(Boolean), provider: expect.any(String) });
      expect(service.detail.length, name).toBeGreaterThan(10);
    }
    expect(res.body.services.database.provider).toBe(backend.databaseUrl ? "postgresql" : "pglite");
    expect(res.body.services.queue.provider).toBe(backend.redisUrl ? "bullmq" : "in-process");
    expect(res.body.services.llm).toMatchObject({ enabled: false, provider: "rules" });
  });

  it("exposes Prometheus metrics with a per-route latency histogram and process metrics", async () => {
    await client.request("GET", "/health");
    const res = await fetch(`${server.url}/metrics`);
    const text = await res.text();
    expect(res.headers.get("content-type")).toMatch(/text\/plain/);
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/health",status="200"\}/,
    );
    expect(text).toMatch(/process_cpu_user_seconds_total/);
  });

  it("serves the OpenAPI document generated from the zod schemas, and the docs UI", async () => {
    const doc = await client.request("GET", "/openapi.json");
    expect(doc.body.openapi).toMatch(/^3\./);
    const register = doc.body.paths["/api/auth/register"].post;
    expect(register.requestBody.content["application/json"].schema.required).toEqual(
      expect.arrayContaining(["email", "password", "name"]),
    );
    const ui = await fetch(`${server.url}/docs/`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
  });

  it("sends security headers", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("allows only the configured CORS origins", async () => {
    const allowed = await fetch(`${server.url}/health`, {
      headers: { origin: "https://studio.example.com" },
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://studio.example.com");
    const other = await fetch(`${server.url}/health`, { headers: { origin: "https://evil.example.net" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe(`restart (${backendName})`, () => {
  it("keeps accounts and login sessions across a restart", async () => {
    const first = await startTestServer();
    const client = new Client(first.url);
    const { email, password } = await client.signUp("재시작 테스트");
    const token = client.token;
    await first.close();

    const second = await startTestServer({}, first.dataDir);
    try {
      const again = new Client(second.url);
      again.token = token;
      expect((await again.request("GET", "/api/auth/me")).body.user.email).toBe(email);
      const login = await again.request("POST", "/api/auth/login", { email, password });
      expect(login.status).toBe(200);
    } finally {
      await second.close({ removeData: true });
    }
  });
});

describe("configuration", () => {
  it("names every bad setting at start", async () => {
    const { loadConfig, ConfigError } = await import("../src/config");
    expect(() => loadConfig({ PORT: "eighty", DATABASE_URL: "not a url", SESSION_SECRET: "short" })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "not a url", SESSION_SECRET: "short" });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/DATABASE_URL/);
      expect(message).toMatch(/SESSION_SECRET/);
    }
  });
});

describe(`cleanup job (${backendName})`, () => {
  it("deletes expired login sessions when the cleanup job runs", async () => {
    const server = await startTestServer({ SESSION_TTL_HOURS: "0.0001" });
    try {
      const client = new Client(server.url);
      const { user } = await client.signUp();
      const sessionsOf = () =>
        server.services.db.select().from(authSessions).where(eq(authSessions.userId, user.id));
      expect(await sessionsOf()).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 500));
      expect((await client.request("GET", "/api/auth/me")).status).toBe(401);
      await server.services.queue.enqueue(CLEANUP_JOB, {});
      await server.services.queue.drain();
      expect(await sessionsOf()).toEqual([]);
    } finally {
      await server.close({ removeData: true });
    }
  });
});
