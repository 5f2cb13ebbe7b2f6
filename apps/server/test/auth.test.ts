import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendName, Client, startTestServer, type TestServer, uniqueEmail } from "./test-server";

describe(`accounts (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer({ LOGIN_MAX_FAILURES: "3" });
    client = new Client(server.url);
  });
  afterAll(() => server.close({ removeData: true }));

  it("signs up with email, password and name only: profile fields sent along are not stored", async () => {
    const email = uniqueEmail();
    const res = await client.request("POST", "/api/auth/register", {
      email,
      password: "password123",
      name: "김지원",
      birthDate: "1997-03-15",
      gender: "female",
      address: "서울특별시 마포구",
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email, name: "김지원", emailVerified: false, isAdmin: false });
    expect(JSON.stringify(res.body)).not.toMatch(/password|1997|female|마포구/i);
    const signedIn = new Client(server.url);
    await signedIn.signIn(email, "password123");
    const profile = await signedIn.request("GET", "/api/auth/me/profile");
    expect(profile.body.profile).toEqual({ birthDate: null, gender: null, address: null });
  });

  it("rejects a duplicate email (case-insensitive) with 409 EMAIL_TAKEN", async () => {
    const email = uniqueEmail();
    await client.request("POST", "/api/auth/register", { email, password: "password123", name: "A" });
    const res = await client.request("POST", "/api/auth/register", {
      email: email.toUpperCase(),
      password: "password123",
      name: "B",
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("EMAIL_TAKEN");
  });

  it("rejects a malformed email and a short password with 400 and the error shape", async () => {
    const bad = await client.request("POST", "/api/auth/register", {
      email: "not-an-email",
      password: "password123",
      name: "A",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual({ code: "VALIDATION_ERROR", message: expect.stringContaining("email") });
    const short = await client.request("POST", "/api/auth/register", {
      email: uniqueEmail(),
      password: "short",
      name: "A",
    });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toMatch(/8 characters/);
  });

  it("logs in with a cookie and a token, both accepted by /me, and logout revokes the session", async () => {
    const email = uniqueEmail();
    await client.request("POST", "/api/auth/register", { email, password: "password123", name: "Lee" });
    const login = await client.request("POST", "/api/auth/login", { email, password: "password123" });
    expect(login.status).toBe(200);
    const cookie = login.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/studio_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const sessionCookie = cookie.split(";")[0]!;

    const byCookie = await client.request("GET", "/api/auth/me", undefined, { cookie: sessionCookie });
    expect(byCookie.body.user.email).toBe(email);
    const byToken = await client.request("GET", "/api/auth/me", undefined, {
      authorization: `Bearer ${login.body.token}`,
    });
    expect(byToken.body.user.email).toBe(email);

    const logout = await client.request("POST", "/api/auth/logout", undefined, { cookie: sessionCookie });
    expect(logout.status).toBe(204);
    const after = await client.request("GET", "/api/auth/me", undefined, {
      authorization: `Bearer ${login.body.token}`,
    });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("UNAUTHORIZED");
  });

  it("answers a wrong password and an unknown email identically with 401", async () => {
    const email = uniqueEmail();
    await client.request("POST", "/api/auth/register", { email, password: "password123", name: "Park" });
    const wrong = await client.request("POST", "/api/auth/login", { email, password: "wrong-password" });
    const unknown = await client.request("POST", "/api/auth/login", {
      email: uniqueEmail(),
      password: "wrong-password",
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe("INVALID_CREDENTIALS");
  });

  it("rate-limits repeated failed logins with 429 and Retry-After, even with the right password", async () => {
    const email = uniqueEmail();
    await client.request("POST", "/api/auth/register", { email, password: "password123", name: "Choi" });
    for (let i = 0; i < 3; i++) {
      expect((await client.request("POST", "/api/auth/login", { email, password: "nope-nope" })).status).toBe(
        401,
      );
    }
    const blocked = await client.request("POST", "/api/auth/login", { email, password: "password123" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe(`bad input (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer({ BODY_LIMIT_BYTES: "10000" });
    client = new Client(server.url);
  });
  afterAll(() => server.close({ removeData: true }));

  it("answers malformed JSON with 400 INVALID_JSON", async () => {
    const res = await client.request("POST", "/api/auth/login", '{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("INVALID_JSON");
  });

  it("answers an oversized body with 413", async () => {
    const res = await client.request("POST", "/api/auth/register", {
      email: uniqueEmail(),
      password: "x".repeat(20_000),
      name: "A",
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers an unknown route with a JSON 404", async () => {
    const res = await client.request("GET", "/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
  });

  it("answers a wrong content type with 415", async () => {
    const res = await client.request("POST", "/api/auth/login", "email=a", { "content-type": "text/plain" });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("keeps serving after all of that", async () => {
    expect((await client.request("GET", "/health")).status).toBe(200);
  });
});

describe(`social login (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer({
      GOOGLE_CLIENT_ID: "google-client-id",
      GOOGLE_CLIENT_SECRET: "google-secret",
      NAVER_CLIENT_ID: "naver-client-id",
      NAVER_CLIENT_SECRET: "naver-secret",
      OAUTH_REDIRECT_BASE: "https://studio.example.com",
    });
    client = new Client(server.url);
  });
  afterAll(() => server.close({ removeData: true }));

  it("says which providers are configured", async () => {
    const res = await client.request("GET", "/api/auth/social/status");
    expect(res.body.providers).toEqual({
      kakao: { configured: false },
      google: { configured: true },
      naver: { configured: true },
    });
  });

  it("redirects to the provider with a state it remembers, and PKCE for Google", async () => {
    for (const [provider, host] of [
      ["google", "accounts.google.com"],
      ["naver", "nid.naver.com"],
    ] as const) {
      const res = await fetch(`${server.url}/api/auth/social/${provider}`, { redirect: "manual" });
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get("location")!);
      expect(location.host).toBe(host);
      expect(location.searchParams.get("redirect_uri")).toBe(
        `https://studio.example.com/api/auth/social/${provider}/callback`,
      );
      const state = location.searchParams.get("state");
      expect(state).toBeTruthy();
      expect(res.headers.get("set-cookie")).toContain(`studio_oauth=${state}.`);
      if (provider === "google") expect(location.searchParams.get("code_challenge_method")).toBe("S256");
    }
  });

  it("refuses a callback whose state does not match (CSRF) and an unconfigured provider", async () => {
    const res = await client.request(
      "GET",
      "/api/auth/social/google/callback?code=abc&state=forged",
      undefined,
      {
        cookie: "studio_oauth=real-state.verifier",
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("INVALID_OAUTH_STATE");
    const kakao = await client.request("GET", "/api/auth/social/kakao");
    expect(kakao.status).toBe(503);
    expect(kakao.body.error.code).toBe("PROVIDER_NOT_CONFIGURED");
    expect((await client.request("GET", "/api/auth/social/facebook")).status).toBe(400);
  });
});
