import { evaluateAnswer } from "@studio/interview";
import { afterEach, describe, expect, it } from "vitest";
import { fetchProfile, listSubmissions, saveProfile, verifyEmail } from "./account-api";
import { fetchMe, fetchSocialStatus, login } from "./auth-api";
import { createPosting } from "./postings-api";
import { submitAnswer } from "./sessions-api";
import { analyzeDiagram, listWhiteboardProblems, loadDraft } from "./whiteboard-api";

type Answer = { status?: number; body?: unknown; fail?: true };
const realFetch = globalThis.fetch;
const sent: { url: string; init: RequestInit }[] = [];

/** The network as the client sees it: each request gets the next answer, or a failure to connect. */
function network(...answers: Answer[]) {
  sent.length = 0;
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    const answer = answers.shift();
    if (!answer || answer.fail) throw new TypeError("Failed to fetch");
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status ?? 200,
    });
  }) as typeof fetch;
}
afterEach(() => {
  globalThis.fetch = realFetch;
});

const user = { id: "u1", email: "a@example.com", name: "A" };
const invalid = { name: "ApiError", code: "INVALID_RESPONSE" };

describe("the web client checks auth, account, postings and whiteboard replies against the protocol", () => {
  it("accepts replies of the promised shape", async () => {
    network({ body: { user } });
    expect(await fetchMe()).toEqual(user);
    network({ body: { user, token: "t" } });
    expect(await login({ email: user.email, password: "x" })).toEqual(user);
    network({ body: { providers: { kakao: { configured: true }, naver: { configured: false } } } });
    expect(await fetchSocialStatus()).toEqual(["kakao"]);
    const profile = { birthDate: "1990-01-02", gender: "female", address: null };
    network({ body: { profile } });
    expect(await saveProfile({ gender: "female" })).toEqual(profile);
    network({ body: { problemId: "chat", sessionId: null, scene: null, updatedAt: null } });
    expect((await loadDraft("chat")).scene).toBeNull();
  });

  it.each([
    ["a user without an email", () => fetchMe(), { user: { id: "u1", name: "A" } }],
    ["a login without its token", () => login({ email: "a@b.c", password: "x" }), { user }],
    ["a verified user as a string", () => verifyEmail("t"), { user: "u1" }],
    ["an unknown gender", () => fetchProfile(), { profile: { birthDate: null, gender: "x", address: null } }],
    ["submissions as an object", () => listSubmissions(), { submissions: {} }],
    ["a posting without its skills lists", () => createPosting("text"), { id: "p1", role: "Backend" }],
    ["problems as a string", () => listWhiteboardProblems("en"), { problems: "none" }],
    ["an analysis without scores", () => analyzeDiagram({ scene: { elements: [] } }), { id: "a1" }],
    ["a draft with a scene of no elements", () => loadDraft("chat"), { problemId: "chat", scene: {} }],
    ["a proxy's HTML page", () => fetchMe(), "<html>502</html>"],
  ])("refuses %s as INVALID_RESPONSE", async (_what, call, body) => {
    network({ body });
    await expect(call()).rejects.toMatchObject(invalid);
  });
});

describe("an answer sent over REST", () => {
  const evaluation = evaluateAnswer({
    question: "Tell me about a project.",
    answer: "I built it.",
    language: "en",
  });
  const reply = { evaluation, next: null, done: true };
  const keyOf = (i: number) =>
    (sent[i]?.init.headers as Record<string, string> | undefined)?.["idempotency-key"];

  it("asks again with the same Idempotency-Key when the network lost the reply", async () => {
    network({ fail: true }, { body: reply });
    expect(await submitAnswer("s1", { questionId: "q1", text: "I built it." })).toEqual(reply);
    expect(sent).toHaveLength(2);
    expect(keyOf(0)).toMatch(/^[0-9a-f-]{36}$/);
    expect(keyOf(1)).toBe(keyOf(0));
  });

  it("gives up after three tries, and never retries an answer the server refused", async () => {
    network({ fail: true }, { fail: true }, { fail: true }, { body: reply });
    await expect(submitAnswer("s1", { questionId: "q1", text: "x" })).rejects.toMatchObject({
      code: "NETWORK_ERROR",
    });
    expect(sent).toHaveLength(3);
    network({ status: 409, body: { error: { code: "QUESTION_MISMATCH", message: "m" } } }, { body: reply });
    await expect(submitAnswer("s1", { questionId: "q1", text: "x" })).rejects.toMatchObject({
      code: "QUESTION_MISMATCH",
    });
    expect(sent).toHaveLength(1);
  });

  it("uses a new key for each answer", async () => {
    network({ body: reply }, { body: reply });
    await submitAnswer("s1", { questionId: "q1", text: "x" });
    await submitAnswer("s1", { questionId: "q2", text: "y" });
    expect(keyOf(0)).not.toBe(keyOf(1));
  });
});
