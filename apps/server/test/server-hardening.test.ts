import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { SocketClient } from "./socket-client";
import { backendName, Client, startTestServer, type TestServer, uniqueEmail } from "./test-server";

const PASSWORD = "correct horse battery";
const from = (address: string) => ({ "x-forwarded-for": address });

async function registered(client: Client, email = uniqueEmail()) {
  expect(
    (await client.request("POST", "/api/auth/register", { email, password: PASSWORD, name: "A" })).status,
  ).toBe(201);
  return email;
}

describe(`login throttle and client addresses (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    // One trusted hop: the test client plays the proxy, X-Forwarded-For's last entry is the client.
    server = await startTestServer({
      TRUST_PROXY: "1",
      LOGIN_MAX_DELAY_MS: "20",
      REGISTER_MAX_PER_HOUR: "100",
    });
    client = new Client(server.url);
  });
  afterAll(() => server.close({ removeData: true }));

  const login = (email: string, password: string, address: string) =>
    client.request("POST", "/api/auth/login", { email, password }, from(address));

  it("never refuses a correct password because of 21 failures of other accounts from the same address", async () => {
    const owner = await registered(client);
    for (let i = 0; i < 21; i++) await login(uniqueEmail("victim"), "wrong-password", "10.0.0.7");
    expect((await login(owner, PASSWORD, "10.0.0.7")).status).toBe(200);
  });

  it("makes only the failing address wait: the owner elsewhere still signs in, with any letter case", async () => {
    const owner = await registered(client);
    for (let i = 0; i < 5; i++) expect((await login(owner, "wrong-password", "10.0.0.8")).status).toBe(401);
    const blocked = await login(owner, PASSWORD, "10.0.0.8");
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe("TOO_MANY_ATTEMPTS");
    // The same email written differently is the same key.
    expect((await login(owner.toUpperCase(), "wrong-password", "10.0.0.8")).status).toBe(429);
    expect((await login(owner.toUpperCase(), PASSWORD, "10.0.0.9")).status).toBe(200);
  });

  it("believes only the hop the trusted proxy added: forged X-Forwarded-For entries do not reset the count", async () => {
    const owner = await registered(client);
    for (let i = 0; i < 5; i++) await login(owner, "wrong-password", `203.0.113.${i}, 10.0.0.10`);
    expect((await login(owner, PASSWORD, "198.51.100.1, 10.0.0.10")).status).toBe(429);
  });

  it("limits sign-ups per address", async () => {
    // An address of its own: with Redis, sign-up counters outlive one test server.
    const limited = await startTestServer({ REGISTER_MAX_PER_HOUR: "2", TRUST_PROXY: "1" });
    const address = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const signUp = (c: Client) =>
      c.request(
        "POST",
        "/api/auth/register",
        { email: uniqueEmail(), password: PASSWORD, name: "A" },
        from(address),
      );
    try {
      const c = new Client(limited.url);
      expect((await signUp(c)).status).toBe(201);
      expect((await signUp(c)).status).toBe(201);
      const third = await signUp(c);
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe("RATE_LIMITED");
    } finally {
      await limited.close({ removeData: true });
    }
  });
});

describe(`input hygiene, logs and limits (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  const logLines: string[] = [];
  beforeAll(async () => {
    server = await startTestServer(
      { LOG_LEVEL: "info", EVALUATE_PER_MINUTE: "2", WS_HEARTBEAT_SECONDS: "0.3" },
      undefined,
      {
        logStream: { write: (line) => void logLines.push(line) },
      },
    );
    client = new Client(server.url);
    await client.signUp();
  });
  afterAll(() => server.close({ removeData: true }));

  it("refuses NUL bytes and lone surrogates with 400 wherever they appear", async () => {
    const anonymous = new Client(server.url);
    const cases: [string, string, unknown][] = [
      ["POST", "/api/auth/register", { email: uniqueEmail(), password: PASSWORD, name: "Kim\u0000" }],
      ["POST", "/api/auth/login", { email: "a\ud800@example.com", password: PASSWORD }],
      ["POST", "/api/auth/login", { email: "a@example.com", password: "pass\u0000word" }],
    ];
    for (const [method, path, body] of cases) {
      const res = await anonymous.request(method, path, body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_ERROR");
    }
    const session = await client.request("POST", "/api/sessions", { language: "en", questionCount: 2 });
    for (const text of ["my answer\u0000", "lone \udc00 surrogate", "reversed \udc00\ud800"]) {
      const res = await client.request("POST", `/api/sessions/${session.body.id}/answers`, {
        questionId: session.body.question.id,
        text,
      });
      expect(res.status).toBe(400);
    }
    // A paired surrogate (an emoji) is ordinary text.
    const emoji = await client.request("POST", `/api/sessions/${session.body.id}/answers`, {
      questionId: session.body.question.id,
      text: "I shipped it 🚀 in two weeks with a team of three.",
    });
    expect(emoji.status).toBe(200);
    const nulId = await client.request("GET", "/api/sessions/abc%00def");
    expect(nulId.status).toBe(400);
    expect(nulId.body.error.code).toBe("VALIDATION_ERROR");
  });

  it("answers a too long path segment with 414 in the contract's shape", async () => {
    const res = await client.request("GET", `/api/sessions/${"a".repeat(200)}`);
    expect(res.status).toBe(414);
    expect(res.body).toEqual({ error: { code: "URI_TOO_LONG", message: expect.any(String) } });
  });

  it("refuses NUL in a socket message and closes a socket that stops answering pings", async () => {
    const session = await client.request("POST", "/api/sessions", { language: "en", questionCount: 2 });
    const url = `${server.url.replace("http", "ws")}/ws/interview/${session.body.id}`;
    const socket = await SocketClient.connect(url, client.token);
    await socket.next("session_state", 0);
    socket.send({ type: "answer_text", text: "bad\u0000" });
    expect((await socket.next("error")).code).toBe("INVALID_MESSAGE");
    socket.socket.close();

    // A client that never answers a ping (a dead peer) is cut after the heartbeat timeout.
    const silent = new WebSocket(url, {
      headers: { authorization: `Bearer ${client.token}` },
      autoPong: false,
    });
    const closed = await new Promise<number>((resolve, reject) => {
      silent.once("close", (code) => resolve(code));
      silent.once("error", reject);
    });
    expect(closed).toBe(1006);
  });

  it("refuses a socket opened from another site's page, and accepts this host's", async () => {
    const session = await client.request("POST", "/api/sessions", { language: "en", questionCount: 2 });
    const url = `${server.url.replace("http", "ws")}/ws/interview/${session.body.id}`;
    const open = (origin: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url, { headers: { authorization: `Bearer ${client.token}`, origin } });
        ws.once("open", () => {
          ws.close();
          resolve(101);
        });
        ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        ws.once("error", () => resolve(-1));
      });
    expect(await open("https://evil.example")).toBe(403);
    expect(await open(server.url)).toBe(101);
  });

  it("requires login for /api/evaluate and limits it per user", async () => {
    const body = { question: "Tell me about a project.", answer: "I built a cache.", language: "en" };
    expect((await new Client(server.url).request("POST", "/api/evaluate", body)).status).toBe(401);
    expect((await client.request("POST", "/api/evaluate", body)).status).toBe(200);
    expect((await client.request("POST", "/api/evaluate", body)).status).toBe(200);
    const limited = await client.request("POST", "/api/evaluate", body);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("RATE_LIMITED");
    // Someone else's quota is their own.
    const other = new Client(server.url);
    await other.signUp();
    expect((await other.request("POST", "/api/evaluate", body)).status).toBe(200);
  });

  it("logs no login token, cookie, password or answer text, and URLs without their query string", async () => {
    const secretAnswer = "My secret answer about the Zanzibar project 12345";
    const session = await client.request("POST", "/api/sessions", { language: "en", questionCount: 2 });
    await client.request("POST", `/api/sessions/${session.body.id}/answers`, {
      questionId: session.body.question.id,
      text: secretAnswer,
    });
    await new Promise<void>((resolve) => {
      const ws = new WebSocket(
        `${server.url.replace("http", "ws")}/ws/interview/${session.body.id}?token=${client.token}`,
      );
      ws.once("open", () => ws.close());
      ws.once("close", () => resolve());
      ws.once("error", () => resolve());
    });
    await client.request("GET", `/api/auth/me?token=${client.token}`);
    const log = logLines.join("");
    expect(log).toContain("/ws/interview/");
    expect(log).not.toContain(client.token!);
    expect(log).not.toContain("token=");
    expect(log).not.toContain(secretAnswer);
    expect(log).not.toContain(PASSWORD);
  });
});

describe(`production settings (${backendName})`, () => {
  it("hides /docs in production, guards /metrics with METRICS_TOKEN, and upgrades requests only over https", async () => {
    const production = await startTestServer({
      NODE_ENV: "production",
      METRICS_TOKEN: "m-token-123",
      PUBLIC_URL: "https://studio.example.com",
    });
    const development = await startTestServer();
    try {
      const p = new Client(production.url);
      expect((await p.request("GET", "/docs")).status).toBe(404);
      expect((await p.request("GET", "/openapi.json")).status).toBe(404);
      expect((await p.request("GET", "/metrics")).status).toBe(401);
      const metrics = await p.request("GET", "/metrics", undefined, { authorization: "Bearer m-token-123" });
      expect(metrics.status).toBe(200);
      expect(metrics.body).toMatch(/http_request_duration_seconds/);
      const d = new Client(development.url);
      expect((await d.request("GET", "/docs/json")).status).toBe(200);
      const csp = async (s: TestServer) =>
        (await fetch(`${s.url}/health`)).headers.get("content-security-policy") ?? "";
      expect(await csp(development)).toMatch(/default-src 'self'/);
      expect(await csp(development)).not.toMatch(/upgrade-insecure-requests/);
      expect(await csp(production)).toMatch(/upgrade-insecure-requests/);
    } finally {
      await production.close({ removeData: true });
      await development.close({ removeData: true });
    }
  }, 180_000);
});
