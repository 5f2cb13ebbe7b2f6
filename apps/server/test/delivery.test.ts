import { reportSchema } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const delivery = {
  talkMs: 14_000,
  thinkingMs: 1800,
  pauseCount: 2,
  longestPauseMs: 3000,
  pauses: [
    { startMs: 5000, endMs: 7500 },
    { startMs: 11_000, endMs: 14_000 },
  ],
  rate: { unit: "syllables_per_second", value: 4.4 },
  loudnessVariation: 5.2,
  recordedMs: 20_000,
  fillerCount: 1,
};

describe(`delivery on answers (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    await alice.signUp("앨리스");
  }, 300_000);
  afterAll(() => server.close({ removeData: true }));

  it("refuses malformed delivery with 400 in the contract's shape and stores nothing", async () => {
    const created = await alice.request("POST", "/api/sessions", { language: "ko", mode: "voice" });
    const bad = [
      { ...delivery, talkMs: -1 },
      { ...delivery, rate: { unit: "syllables_per_minute", value: 4 } },
      { ...delivery, pauseCount: 300, pauses: Array.from({ length: 201 }, () => ({ startMs: 0, endMs: 1 })) },
      { ...delivery, pauses: [{ startMs: 9000, endMs: 8000 }] },
      "fast",
    ];
    for (const d of bad) {
      const res = await alice.request("POST", `/api/sessions/${created.body.id}/answers`, {
        questionId: created.body.question.id,
        text: "답변",
        delivery: d,
      });
      expect(res.status, JSON.stringify(d).slice(0, 60)).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_ERROR");
    }
    expect((await alice.request("GET", `/api/sessions/${created.body.id}`)).body.answers).toEqual([]);
  });

  it("stores delivery with the answer, returns it, and summarises it in the report's speech section", async () => {
    const created = await alice.request("POST", "/api/sessions", {
      language: "ko",
      mode: "voice",
      questionCount: 1,
    });
    const id = created.body.id;
    let question = created.body.question;
    let first = true;
    while (question) {
      const res = await alice.request("POST", `/api/sessions/${id}/answers`, {
        questionId: question.id,
        text: "음 저는 결제 시스템을 맡아 응답 시간을 40% 줄였고, 그 과정에서 캐시 구조를 바꿨습니다.",
        durationMs: 20_000,
        ...(first ? { delivery } : {}),
      });
      expect(res.status).toBe(200);
      first = false;
      question = res.body.next;
    }
    const detail = await alice.request("GET", `/api/sessions/${id}`);
    expect(detail.body.answers[0].delivery).toEqual(delivery);
    expect(detail.body.answers.slice(1).every((a: { delivery: unknown }) => a.delivery === null)).toBe(true);

    let report = await alice.request("GET", `/api/sessions/${id}/report`);
    for (let i = 0; i < 100 && report.status === 202; i++) {
      await new Promise((r) => setTimeout(r, 100));
      report = await alice.request("GET", `/api/sessions/${id}/report`);
    }
    expect(report.status).toBe(200);
    const parsed = reportSchema.parse(report.body);
    const summary = parsed.speech?.delivery;
    expect(summary?.answers).toEqual([{ questionId: created.body.question.id, delivery }]);
    expect(summary?.averages).toMatchObject({
      talkMs: 14_000,
      thinkingMs: 1800,
      longestPauseMs: 3000,
      rate: { unit: "syllables_per_second", value: 4.4 },
      pausesPerMinute: 8.6,
    });
    expect(summary?.verdicts).toMatchObject({ rate: "good", pauses: "many", loudness: "varied" });
    expect(summary?.benchmarks.length).toBeGreaterThan(0);
  });
});
