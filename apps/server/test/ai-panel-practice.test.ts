import { ownCategories } from "@studio/interview";
import { type PersonaId, reportSchema, sessionDetailSchema } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bestAndWorst } from "./dev-answers";
import { SocketClient } from "./socket-client";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

type Asked = { id: string; category: string; followUp?: boolean; persona?: PersonaId };

async function waitForReport(client: Client, id: string) {
  for (let i = 0; i < 200; i++) {
    const res = await client.request("GET", `/api/sessions/${id}/report`);
    if (res.status === 200) return reportSchema.parse(res.body);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("report never arrived");
}

/** Answers every question, a weak answer then a strong one in turn, until the interview is done. */
async function answerAll(client: Client, id: string, first: Asked, texts: string[]): Promise<Asked[]> {
  const asked: Asked[] = [];
  let question: Asked | null = first;
  while (question) {
    asked.push(question);
    const res = await client.request("POST", `/api/sessions/${id}/answers`, {
      questionId: question.id,
      text: texts[asked.length % texts.length],
      durationMs: 45_000,
    });
    expect(res.status).toBe(200);
    question = res.body.next;
  }
  return asked;
}

describe(`AI panel practice (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    bob = new Client(server.url);
    await alice.signUp("앨리스");
    await bob.signUp("Bob");
  }, 240_000);
  afterAll(() => server?.close({ removeData: true }));

  it("runs a Korean panel of three: each asks their own topics, follow-ups from the asker, a report by persona", async () => {
    const { best, worst } = bestAndWorst("ko");
    const created = await alice.request("POST", "/api/sessions", {
      language: "ko",
      role: "backend",
      format: "panel",
      questionCount: 6,
    });
    expect(created.status).toBe(201);
    expect(created.body.question).toMatchObject({ category: "intro", persona: "hr" });
    const id = created.body.id;

    const detail = sessionDetailSchema.parse((await alice.request("GET", `/api/sessions/${id}`)).body);
    expect(detail.setup?.format).toBe("panel");
    expect(detail.panel?.map((m) => m.title).sort()).toEqual(["기술 리드", "인사 담당자", "임원"]);
    expect(new Set(detail.panel?.map((m) => m.look.jacket)).size).toBe(3);

    const asked = await answerAll(alice, id, created.body.question, [worst[0]!.answer, best[0]!.answer]);
    // The panel is listed in the order its members first speak.
    expect(detail.panel?.map((m) => m.id)).toEqual([...new Set(asked.map((q) => q.persona))]);
    const mains = asked.filter((q) => !q.followUp);
    expect(mains).toHaveLength(6);
    for (const q of mains)
      expect(ownCategories(q.persona!), `${q.category} by ${q.persona}`).toContain(q.category);
    expect(new Set(mains.map((q) => q.persona))).toEqual(new Set(["hr", "tech_lead", "executive"]));
    const followUps = asked.filter((q) => q.followUp);
    expect(followUps.length).toBeGreaterThan(0);
    for (const f of followUps) {
      const main = asked.find((q) => !q.followUp && f.id.startsWith(q.id));
      expect(f.persona).toBe(main?.persona);
    }

    const stored = sessionDetailSchema.parse((await alice.request("GET", `/api/sessions/${id}`)).body);
    expect(stored.answers.map((a) => a.persona)).toEqual(asked.map((q) => q.persona));

    const report = await waitForReport(alice, id);
    expect(report.questions.map((q) => [q.questionId, q.persona])).toEqual(
      asked.map((q) => [q.id, q.persona]),
    );
    const verdicts = report.panel?.verdicts ?? [];
    expect(verdicts.map((v) => v.persona)).toEqual(detail.panel?.map((m) => m.id));
    for (const verdict of verdicts) {
      const own = report.questions.filter((q) => q.persona === verdict.persona);
      expect(verdict.answered).toBe(own.length);
      expect(verdict.average).toBeGreaterThanOrEqual(Math.min(...own.map((q) => q.evaluation.total)));
      expect(verdict.average).toBeLessThanOrEqual(Math.max(...own.map((q) => q.evaluation.total)));
      expect(verdict.summary).toMatch(/[가-힣]/);
    }
  });

  it("announces the asker of each question on the voice socket, in English for an English panel of two", async () => {
    const created = await alice.request("POST", "/api/sessions", {
      language: "en",
      mode: "voice",
      format: "panel",
      panelists: ["tech_lead", "executive"],
      questionCount: 3,
    });
    expect(created.status).toBe(201);
    const detail = sessionDetailSchema.parse(
      (await alice.request("GET", `/api/sessions/${created.body.id}`)).body,
    );
    expect(detail.panel?.map((m) => m.name).sort()).toEqual(["Daniel Park", "Michael Choi"]);
    const wsUrl = `${server.url.replace("http", "ws")}/ws/interview/${created.body.id}`;
    const socket = await SocketClient.connect(wsUrl, alice.token);
    const first = await socket.next("question", 0, 20_000);
    expect(first.question.persona).toBe(created.body.question.persona);
    expect(["tech_lead", "executive"]).toContain(first.question.persona);
    socket.send({
      type: "answer_text",
      text: "I led the migration of our billing service to Kafka, cutting latency by 40%.",
    });
    const next = await socket.next("question", socket.messages.indexOf(first) + 1, 30_000);
    expect(["tech_lead", "executive"]).toContain(next.question.persona);
    socket.close();
  });

  it("refuses a bad panel cleanly and keeps a panel session private", async () => {
    const bad = [
      { language: "ko", format: "panel", panelists: ["hr", "hr"] },
      { language: "ko", format: "panel", panelists: ["ceo", "hr"] },
      { language: "ko", format: "panel", panelists: ["hr"] },
      { language: "ko", format: "panel", panelists: ["hr", "tech_lead", "executive", "hr"] },
      { language: "ko", format: "panel", questionCount: 2 },
      { language: "ko", format: "standard", panelists: ["hr", "tech_lead"] },
      { language: "ko", format: "roundtable" },
    ];
    for (const body of bad) {
      const res = await alice.request("POST", "/api/sessions", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBeTypeOf("string");
    }
    const two = await alice.request("POST", "/api/sessions", {
      language: "ko",
      format: "panel",
      panelists: ["hr", "tech_lead"],
      questionCount: 2,
    });
    expect(two.status).toBe(201);
    expect((await bob.request("GET", `/api/sessions/${two.body.id}`)).status).toBe(404);
    const plain = sessionDetailSchema.parse(
      (await alice.request("GET", `/api/sessions/${two.body.id}`)).body,
    );
    expect(plain.panel?.map((m) => m.id).sort()).toEqual(["hr", "tech_lead"]);
    const standard = await alice.request("POST", "/api/sessions", { language: "ko" });
    expect(standard.body.question).not.toHaveProperty("persona");
    expect((await alice.request("GET", `/api/sessions/${standard.body.id}`)).body).not.toHaveProperty(
      "panel",
    );
  });
});
