import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CATEGORY_ORDER, CRITERIA, progressSchema } from "@studio/protocol";
import { PROBLEMS_DIR } from "@studio/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bestAndWorst } from "./dev-answers";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

/** Answers every question, follow-ups included, with `texts` in turn; returns the session's id. */
async function runInterview(client: Client, body: Record<string, unknown>, texts: string[], end = true) {
  const created = await client.request("POST", "/api/sessions", body);
  expect(created.status).toBe(201);
  const id: string = created.body.id;
  let question: { id: string } | null = created.body.question;
  for (let i = 0; question; i++) {
    const res = await client.request("POST", `/api/sessions/${id}/answers`, {
      questionId: question.id,
      text: texts[i % texts.length],
    });
    expect(res.status).toBe(200);
    question = res.body.next;
    if (!end && i >= 1) break;
  }
  return id;
}

/** What progress must say of one category, recomputed from the sessions' stored main answers. */
async function mainTotals(client: Client, ids: string[]) {
  const totals = new Map<string, number[]>();
  for (const id of ids) {
    const detail = await client.request("GET", `/api/sessions/${id}`);
    for (const a of detail.body.answers.filter((x: { followUp: boolean }) => !x.followUp))
      totals.set(a.category, [...(totals.get(a.category) ?? []), a.evaluation.total]);
  }
  return totals;
}

describe(`progress over HTTP (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  const { best, worst } = bestAndWorst("ko");
  const en = bestAndWorst("en");
  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    bob = new Client(server.url);
    await alice.signUp("앨리스");
    await bob.signUp("Bob");
    // Starting the embedded database takes long on a busy shared machine.
  }, 180_000);
  afterAll(() => server.close({ removeData: true }));

  it("needs a login and answers in the error shape", async () => {
    const res = await new Client(server.url).request("GET", "/api/progress");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBeTypeOf("string");
  });

  it("documents the route and the new field in the OpenAPI document", async () => {
    const doc = (await alice.request("GET", "/openapi.json")).body;
    expect(doc.paths["/api/progress"].get.responses["200"]).toBeDefined();
    const create = doc.paths["/api/sessions"].post.requestBody.content["application/json"].schema;
    expect(create.properties.focusCategory.enum).toContain("teamwork");
  });

  it("reads well before any interview", async () => {
    const fresh = new Client(server.url);
    await fresh.signUp();
    const res = await fresh.request("GET", "/api/progress");
    expect(res.status).toBe(200);
    progressSchema.parse(res.body);
    expect(res.body).toMatchObject({ interviews: 0, byCategory: {}, weakestCategory: null, coding: {} });
    for (const c of CRITERIA) expect(res.body.byCriterion[c]).toEqual([]);
    expect(res.body.bests).toEqual({ interview: null, answer: null, byCriterion: {} });
  });

  it("builds a focused practice set from one category's main questions only", async () => {
    const created = await alice.request("POST", "/api/sessions", {
      language: "ko",
      role: "frontend",
      questionCount: 3,
      focusCategory: "teamwork",
    });
    expect(created.body.question).toMatchObject({ category: "teamwork", total: 3 });
    const id = created.body.id;
    let question = created.body.question;
    while (question) {
      const res = await alice.request("POST", `/api/sessions/${id}/answers`, {
        questionId: question.id,
        text: worst[0]!.answer,
      });
      question = res.body.next;
    }
    const detail = await alice.request("GET", `/api/sessions/${id}`);
    const main = detail.body.answers.filter((a: { followUp: boolean }) => !a.followUp);
    expect(main).toHaveLength(3);
    expect(new Set(main.map((a: { questionId: string }) => a.questionId)).size).toBe(3);
    for (const a of detail.body.answers) expect(a.category).toBe("teamwork");
  });

  it("refuses a category that does not exist in the contract's error shape", async () => {
    for (const focusCategory of ["leadership", "", 7]) {
      const res = await alice.request("POST", "/api/sessions", { language: "en", focusCategory });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
  });

  it("counts only the candidate's own ended interviews, main answers only, with the weakest category", async () => {
    // Alice: a weak practice set above, a strong Korean interview, a strong English one, one left active.
    const before = (await alice.request("GET", "/api/sessions")).body.sessions.map(
      (s: { id: string }) => s.id,
    );
    // Strong answers, a different one each time: one answer repeated is judged as a repeat (6/25 at most).
    const strongKo = await runInterview(
      alice,
      { language: "ko", questionCount: 3 },
      best.map((a) => a.answer),
    );
    const strongEn = await runInterview(
      alice,
      { language: "en", mode: "voice", questionCount: 2 },
      en.best.map((a) => a.answer),
    );
    const abandoned = await runInterview(
      alice,
      { language: "ko", focusCategory: "growth" },
      [worst[1]!.answer],
      false,
    );
    // Bob: very weak answers about growth, ended; none of it may reach Alice's progress.
    const bobs = await runInterview(bob, { language: "ko", focusCategory: "growth", questionCount: 2 }, [
      "몰라요",
    ]);

    const res = await alice.request("GET", "/api/progress");
    expect(res.status).toBe(200);
    const progress = progressSchema.parse(res.body);
    const counted = [...before, strongKo, strongEn];
    expect(progress.interviews).toBe(3);
    expect(progress.unfinished).toBe(1);
    const ids = new Set(progress.history.map((h) => h.sessionId));
    expect(ids).toEqual(new Set(counted));
    expect(ids.has(bobs)).toBe(false);
    expect(ids.has(abandoned)).toBe(false);
    for (const c of CRITERIA) expect(progress.byCriterion[c]).toHaveLength(3);
    expect(progress.history.find((h) => h.sessionId === strongEn)).toMatchObject({
      language: "en",
      mode: "voice",
    });

    const totals = await mainTotals(alice, counted);
    expect(Object.keys(progress.byCategory).sort()).toEqual([...totals.keys()].sort());
    for (const [category, values] of totals) {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      expect(progress.byCategory[category as (typeof CATEGORY_ORDER)[number]]).toBeCloseTo(mean, 1);
    }
    expect(progress.byCategory.growth).toBeUndefined();
    expect(progress.weakestCategory).toBe("teamwork");
    expect(progress.bests.interview!.sessionId).not.toBe(bobs);

    const bobsProgress = progressSchema.parse((await bob.request("GET", "/api/progress")).body);
    expect(bobsProgress.interviews).toBe(1);
    expect(Object.keys(bobsProgress.byCategory)).toEqual(["growth"]);
  });

  it("splits main answers from follow-ups in the session list", async () => {
    const { sessions } = (await alice.request("GET", "/api/sessions")).body;
    for (const s of sessions) {
      expect(s.mainAnswered + s.followUps).toBe(s.answered);
      expect(s.mainAnswered).toBeLessThanOrEqual(s.total);
    }
    expect(sessions.some((s: { followUps: number }) => s.followUps > 0)).toBe(true);
  });

  it("forgets a deleted interview, and another user cannot delete it", async () => {
    const before = progressSchema.parse((await alice.request("GET", "/api/progress")).body);
    const doomed = before.history[0]!.sessionId;
    expect((await bob.request("DELETE", `/api/sessions/${doomed}`)).status).toBe(404);
    expect((await alice.request("DELETE", `/api/sessions/${doomed}`)).status).toBe(204);
    const after = progressSchema.parse((await alice.request("GET", "/api/progress")).body);
    expect(after.interviews).toBe(before.interviews - 1);
    expect(after.history.map((h) => h.sessionId)).not.toContain(doomed);
  });

  it("marks coding problems solved or attempted with the best verdict, per user", async () => {
    const source = readFileSync(
      join(PROBLEMS_DIR, "two-sum", "submissions", "accepted", "hash_map.py"),
      "utf8",
    );
    const submit = (client: Client, problemId: string, code: string) =>
      client.request("POST", "/api/coding/submissions", { problemId, language: "python", source: code });
    expect((await submit(alice, "two-sum", "print(")).body.verdict).toBe("compile_error");
    expect((await submit(alice, "two-sum", source)).body.verdict).toBe("accepted");
    expect((await submit(alice, "fizzbuzz-count", "print(0)")).body.verdict).toBe("wrong_answer");
    const { coding } = (await alice.request("GET", "/api/progress")).body;
    expect(coding["two-sum"]).toMatchObject({ status: "solved", bestVerdict: "accepted", attempts: 2 });
    expect(coding["fizzbuzz-count"]).toMatchObject({ status: "attempted", bestVerdict: "wrong_answer" });
    expect((await bob.request("GET", "/api/progress")).body.coding).toEqual({});
  });
});
