import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answers, codingSubmissions, interviewSessions, userProfiles, users } from "../src/db/schema";
import { MailCatcher } from "./mail-catcher";
import { backendName, Client, startTestServer, type TestServer, uniqueEmail } from "./test-server";

const PASSWORD = "correct horse battery";

// Unique per run: on PostgreSQL every test file shares one database.
const BOSS = `boss${crypto.randomUUID().slice(0, 8)}@example.com`;
/** The same address in full-width letters, which NFKC folds back to ASCII. */
const fullWidth = (email: string) =>
  email.replace(/[!-~]/g, (c) =>
    c === "@" || c === "." ? c : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
  );

describe(`verified emails, reset and the candidate's data (${backendName})`, () => {
  let server: TestServer;
  const mail = new MailCatcher();
  const anonymous = () => new Client(server.url);

  beforeAll(async () => {
    const smtpUrl = await mail.start();
    server = await startTestServer({
      SMTP_URL: smtpUrl,
      PUBLIC_URL: "http://studio.test:8000",
      ADMIN_EMAILS: BOSS,
    });
  });
  afterAll(async () => {
    await server.close({ removeData: true });
    await mail.stop();
  });

  async function register(email: string) {
    const client = anonymous();
    const res = await client.request("POST", "/api/auth/register", {
      email,
      password: PASSWORD,
      name: "지원",
    });
    expect(res.status).toBe(201);
    await client.signIn(email, PASSWORD);
    return client;
  }

  it("shows mail as enabled over SMTP in /api/status", async () => {
    const status = await anonymous().request("GET", "/api/status");
    expect(status.body.services.mail).toMatchObject({ enabled: true, provider: "smtp" });
  });

  it("gives no admin rights to an unverified look-alike of an ADMIN_EMAILS address, then grants them on verification", async () => {
    const squatter = await register(BOSS.toUpperCase());
    expect((await squatter.request("GET", "/api/auth/me")).body.user).toMatchObject({
      email: BOSS,
      emailVerified: false,
      isAdmin: false,
    });
    expect((await squatter.request("GET", "/api/prompt")).status).toBe(403);
    const rewrite = await squatter.request("POST", "/api/prompt", { language: "ko", prompt: "hijacked" });
    expect(rewrite.status).toBe(403);
    // Full-width letters and case are one account: no second "boss" can be made.
    const twin = await anonymous().request("POST", "/api/auth/register", {
      email: fullWidth(BOSS),
      password: PASSWORD,
      name: "twin",
    });
    expect(twin.status).toBe(409);

    const link = await mail.linkFor(BOSS, "/verify-email");
    expect(link.origin).toBe("http://studio.test:8000");
    const token = link.searchParams.get("token")!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    // The link works without being signed in, once.
    const verified = await anonymous().request("POST", "/api/auth/verify-email", { token });
    expect(verified.status).toBe(200);
    expect(verified.body.user).toMatchObject({ emailVerified: true, isAdmin: true });
    const again = await anonymous().request("POST", "/api/auth/verify-email", { token });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe("INVALID_TOKEN");
    expect((await squatter.request("GET", "/api/prompt")).status).toBe(200);
  });

  it("verifies an ordinary account (no admin), resends on request, and refuses a forged token", async () => {
    const email = uniqueEmail();
    const client = await register(email);
    const first = await mail.linkFor(email, "/verify-email");
    expect((await client.request("POST", "/api/auth/verify-email/resend")).status).toBe(202);
    let second = await mail.linkFor(email, "/verify-email");
    for (let i = 0; i < 50 && second.href === first.href; i++)
      second = await mail.linkFor(email, "/verify-email");
    // A resend replaces the earlier link.
    const old = await anonymous().request("POST", "/api/auth/verify-email", {
      token: first.searchParams.get("token"),
    });
    expect(old.status).toBe(400);
    const forged = await anonymous().request("POST", "/api/auth/verify-email", { token: "A".repeat(43) });
    expect(forged.status).toBe(400);
    const ok = await anonymous().request("POST", "/api/auth/verify-email", {
      token: second.searchParams.get("token"),
    });
    expect(ok.body.user).toMatchObject({ email, emailVerified: true, isAdmin: false });
    expect((await client.request("GET", "/api/prompt")).status).toBe(403);
  });

  it("resets a forgotten password by the mailed link, ending every other login; unknown emails look the same", async () => {
    const email = uniqueEmail();
    const phone = await register(email);
    const unknown = await anonymous().request("POST", "/api/auth/password-reset", { email: uniqueEmail() });
    expect(unknown.status).toBe(202);
    const known = await anonymous().request("POST", "/api/auth/password-reset", {
      email: email.toUpperCase(),
    });
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);

    const token = (await mail.linkFor(email, "/reset-password")).searchParams.get("token")!;
    const short = await anonymous().request("POST", "/api/auth/password-reset/confirm", {
      token,
      password: "short",
    });
    expect(short.status).toBe(400);
    const confirm = await anonymous().request("POST", "/api/auth/password-reset/confirm", {
      token,
      password: "a brand new passphrase",
    });
    expect(confirm.status).toBe(204);
    expect((await phone.request("GET", "/api/auth/me")).status).toBe(401);
    expect((await anonymous().request("POST", "/api/auth/login", { email, password: PASSWORD })).status).toBe(
      401,
    );
    const fresh = anonymous();
    expect((await fresh.signIn(email, "a brand new passphrase")).emailVerified).toBe(true);
    const reuse = await anonymous().request("POST", "/api/auth/password-reset/confirm", {
      token,
      password: "yet another passphrase",
    });
    expect(reuse.status).toBe(400);
  });

  it("changes the password (current one required) and logs out everywhere", async () => {
    const email = uniqueEmail();
    const laptop = await register(email);
    const phone = anonymous();
    await phone.signIn(email, PASSWORD);
    const wrong = await laptop.request("POST", "/api/auth/password", {
      currentPassword: "not it at all",
      newPassword: "another good passphrase",
    });
    expect(wrong.status).toBe(403);
    const changed = await laptop.request("POST", "/api/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "another good passphrase",
    });
    expect(changed.status).toBe(204);
    expect((await laptop.request("GET", "/api/auth/me")).status).toBe(200);
    expect((await phone.request("GET", "/api/auth/me")).status).toBe(401);

    await phone.signIn(email, "another good passphrase");
    expect((await laptop.request("POST", "/api/auth/logout-all")).status).toBe(204);
    expect((await laptop.request("GET", "/api/auth/me")).status).toBe(401);
    expect((await phone.request("GET", "/api/auth/me")).status).toBe(401);
  });

  it("exports everything stored about the user and deletes it all with the password", async () => {
    const email = uniqueEmail();
    const client = await register(email);
    const saved = await client.request("PUT", "/api/auth/me/profile", {
      birthDate: "1997-03-15",
      gender: "female",
      address: "서울특별시 마포구",
    });
    expect(saved.body.profile).toEqual({
      birthDate: "1997-03-15",
      gender: "female",
      address: "서울특별시 마포구",
    });
    const session = await client.request("POST", "/api/sessions", { language: "en", questionCount: 2 });
    const answerText = "I led the migration of our billing service and cut failures by 40 percent.";
    await client.request("POST", `/api/sessions/${session.body.id}/answers`, {
      questionId: session.body.question.id,
      text: answerText,
    });
    const me = (await client.request("GET", "/api/auth/me")).body.user;
    await server.services.db.insert(codingSubmissions).values({
      id: crypto.randomUUID(),
      userId: me.id,
      problemId: "two-sum",
      language: "python",
      verdict: "accepted",
      result: { verdict: "accepted", tests: [], analysis: { complexity: "O(n)", notes: [] } },
    });

    const posting = await client.request("POST", "/api/postings", {
      text: "Backend Engineer\nRequirements\n- 3+ years with Kafka and PostgreSQL\nResponsibilities\n- Run the payment API",
    });
    expect(posting.status).toBe(201);

    const exported = await client.request("GET", "/api/auth/me/export");
    expect(exported.status).toBe(200);
    expect(exported.body.account).toMatchObject({ id: me.id, email });
    expect(JSON.stringify(exported.body)).not.toMatch(/argon2|passwordHash|tokenHash/);
    expect(exported.body.profile).toMatchObject({ birthDate: "1997-03-15", address: "서울특별시 마포구" });
    expect(exported.body.sessions[0].answers[0].text).toBe(answerText);
    expect(exported.body.codingSubmissions).toHaveLength(1);
    expect(exported.body.postings.map((p: { id: string }) => p.id)).toEqual([posting.body.id]);
    expect(exported.body.whiteboard).toEqual({ analyses: [], drafts: [], generatedProblems: [], rounds: [] });

    const wrong = await client.request("DELETE", "/api/auth/me", { password: "not my password" });
    expect(wrong.status).toBe(403);
    const deleted = await client.request("DELETE", "/api/auth/me", { password: PASSWORD });
    expect(deleted.status).toBe(204);
    expect((await client.request("GET", "/api/auth/me")).status).toBe(401);
    const db = server.services.db;
    expect(await db.select().from(users).where(eq(users.id, me.id))).toHaveLength(0);
    expect(await db.select().from(userProfiles).where(eq(userProfiles.userId, me.id))).toHaveLength(0);
    expect(await db.select().from(interviewSessions).where(eq(interviewSessions.userId, me.id))).toHaveLength(
      0,
    );
    expect(await db.select().from(answers).where(eq(answers.sessionId, session.body.id))).toHaveLength(0);
    expect(await db.select().from(codingSubmissions).where(eq(codingSubmissions.userId, me.id))).toHaveLength(
      0,
    );
    expect((await anonymous().request("POST", "/api/auth/login", { email, password: PASSWORD })).status).toBe(
      401,
    );
  });

  it("lists the user's coding submissions and deletes one; another user's is not found", async () => {
    const owner = await register(uniqueEmail());
    const other = await register(uniqueEmail());
    const me = (await owner.request("GET", "/api/auth/me")).body.user;
    const id = crypto.randomUUID();
    await server.services.db.insert(codingSubmissions).values({
      id,
      userId: me.id,
      problemId: "two-sum",
      language: "python",
      verdict: "wrong_answer",
      result: { verdict: "wrong_answer", tests: [], analysis: { complexity: "O(n)", notes: [] } },
    });
    const list = await owner.request("GET", "/api/coding/submissions");
    expect(list.body.submissions).toEqual([
      expect.objectContaining({ id, problemId: "two-sum", verdict: "wrong_answer", sessionId: null }),
    ]);
    expect((await other.request("GET", "/api/coding/submissions")).body.submissions).toEqual([]);
    expect((await other.request("DELETE", `/api/coding/submissions/${id}`)).status).toBe(404);
    expect((await owner.request("DELETE", `/api/coding/submissions/${id}`)).status).toBe(204);
    expect((await owner.request("GET", "/api/coding/submissions")).body.submissions).toEqual([]);
  });
});

describe(`mail without SMTP (${backendName})`, () => {
  it("says in /api/status why mail is off", async () => {
    const server = await startTestServer();
    try {
      const status = await new Client(server.url).request("GET", "/api/status");
      expect(status.body.services.mail).toMatchObject({ enabled: false, provider: "none" });
      expect(status.body.services.mail.detail).toMatch(/SMTP_URL/);
    } finally {
      await server.close({ removeData: true });
    }
  });
});
