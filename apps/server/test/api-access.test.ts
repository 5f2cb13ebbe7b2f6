import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, startTestServer, type TestServer } from "./test-server";

/** The only /api routes that answer without a login; adding one means adding it here, on purpose. */
const PUBLIC_ROUTES = [
  "GET /api/status",
  "POST /api/auth/register",
  "POST /api/auth/login",
  "POST /api/auth/logout",
  "POST /api/auth/verify-email",
  "POST /api/auth/password-reset",
  "POST /api/auth/password-reset/confirm",
  "GET /api/auth/social/status",
  "GET /api/auth/social/:provider",
  "GET /api/auth/social/:provider/callback",
  "GET /api/coding/problems",
  "GET /api/coding/problems/:id",
  "GET /api/whiteboard/problems",
  "GET /api/whiteboard/problems/:id",
  "POST /api/whiteboard/analyze",
  // A panel's candidates and observers come with an invitation link instead of a login.
  "GET /api/panels/:id",
  "GET /api/panels/:id/status",
  "POST /api/panels/:id/end",
  "GET /api/panels/:id/questions",
  "GET /api/panels/:id/report",
].sort();

const SOME_ID = "00000000-0000-4000-8000-000000000000";

describe("one authentication hook on /api", () => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer();
    client = new Client(server.url);
    await client.signUp();
  }, 180_000);
  afterAll(() => server.close({ removeData: true }));

  it("marks exactly the listed routes public", () => {
    const routes = server.app.apiRoutes();
    expect(routes.length).toBeGreaterThan(PUBLIC_ROUTES.length + 20);
    const open = routes.filter((r) => r.public).map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual(PUBLIC_ROUTES);
  });

  it("answers 401 on every other /api route without a login, or with a forged one", async () => {
    const closed = server.app.apiRoutes().filter((r) => !r.public);
    for (const route of closed) {
      const path = route.url.replace(/:[A-Za-z]+/g, SOME_ID);
      for (const headers of [{}, { authorization: "Bearer forged-token" }]) {
        const response = await fetch(`${server.url}${path}`, {
          method: route.method,
          headers: { ...headers, ...(route.method === "GET" ? {} : { "content-type": "application/json" }) },
          body: route.method === "GET" || route.method === "DELETE" ? undefined : "{}",
        });
        const body = (await response.json()) as { error?: { code?: string } };
        expect({ route: `${route.method} ${route.url}`, status: response.status }).toEqual({
          route: `${route.method} ${route.url}`,
          status: 401,
        });
        expect(body.error?.code).toBe("UNAUTHORIZED");
      }
    }
  });

  it("lets a signed-in user through the same routes", async () => {
    const sessions = await client.request("GET", "/api/sessions");
    expect(sessions.status).toBe(200);
    const resume = await client.request("GET", `/api/resumes/${SOME_ID}`);
    expect(resume.status).toBe(404);
  });

  it("keeps an unknown /api path a 404, signed in or not", async () => {
    const response = await fetch(`${server.url}/api/no-such-thing`);
    expect(response.status).toBe(404);
  });
});
