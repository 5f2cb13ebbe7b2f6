import { reportSchema } from "@studio/protocol";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expressionSamples } from "../src/db/schema";
import { SocketClient } from "./socket-client";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const zero = { happy: 0, neutral: 0, sad: 0, angry: 0, surprise: 0, fear: 0, disgust: 0 };
/** A whole second, so that the samples of one test second share one second of `at`. */
const T0 = Math.floor((Date.now() - 600_000) / 1000) * 1000;
/** One sample per second from `startSecond`, smiling or not, looking away or not. */
const samples = (n: number, startSecond: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({
    at: T0 + (startSecond + i) * 1000,
    scores: { ...zero, happy: 0.9, neutral: 0.1 },
    facePresent: true,
    lookingAway: false,
    headYaw: 3,
    headPitch: -2,
    ...extra,
  }));

async function waitForReport(client: Client, id: string) {
  for (let i = 0; i < 100; i++) {
    const res = await client.request("GET", `/api/sessions/${id}/report`);
    if (res.status === 200) return res.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("report never arrived");
}

describe(`expression samples (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  const newSession = async (client = alice) =>
    (await client.request("POST", "/api/sessions", { language: "ko", mode: "video", questionCount: 3 })).body;
  const post = (id: string, body: unknown, client = alice) =>
    client.request("POST", `/api/sessions/${id}/expressions`, body);
  const stored = async (id: string) =>
    (
      await server.services.db
        .select({ n: count() })
        .from(expressionSamples)
        .where(eq(expressionSamples.sessionId, id))
    )[0]?.n ?? 0;

  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    bob = new Client(server.url);
    await alice.signUp();
    await bob.signUp();
  }, 300_000);
  afterAll(() => server.close({ removeData: true }));

  it("stores a batch (202) and returns it in time order with a summary per question", async () => {
    const { id, question } = await newSession();
    const away = samples(4, 10, {
      questionId: question.id,
      lookingAway: true,
      scores: { ...zero, neutral: 1 },
    });
    const missing = samples(3, 14, { questionId: question.id, facePresent: false, scores: zero });
    const first = samples(6, 0, { questionId: question.id });
    const res = await post(id, { samples: [...away, ...missing, ...first] });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ accepted: 13, dropped: 0 });

    const list = await alice.request("GET", `/api/sessions/${id}/expressions`);
    expect(list.status).toBe(200);
    const ats = list.body.samples.map((s: { at: number }) => s.at);
    expect(ats).toEqual([...ats].sort((a, b) => a - b));
    expect(list.body.samples[0]).toEqual(first[0]);

    const summary = await alice.request("GET", `/api/sessions/${id}/expressions/summary`);
    expect(summary.status).toBe(200);
    expect(summary.body.overall).toMatchObject({ samples: 13, dominant: "happy", faceMissingMs: 3000 });
    expect(summary.body.overall.lookingAwayShare).toBeCloseTo(0.4, 3);
    expect(summary.body.overall.shares.happy).toBeCloseTo(0.6, 3);
    expect(summary.body.perQuestion).toEqual([
      expect.objectContaining({ questionId: question.id, dominant: "happy", faceMissingMs: 3000 }),
    ]);
  });

  it("keeps at most 4 samples within one second, counting those already stored", async () => {
    const { id } = await newSession();
    const burst = Array.from({ length: 3 }, (_, i) => ({ ...samples(1, 0)[0], at: T0 + i * 100 }));
    expect((await post(id, { samples: burst })).body).toEqual({ accepted: 3, dropped: 0 });
    const more = Array.from({ length: 5 }, (_, i) => ({ ...samples(1, 0)[0], at: T0 + 500 + i * 50 }));
    expect((await post(id, { samples: more })).body).toEqual({ accepted: 1, dropped: 4 });
    expect(await stored(id)).toBe(4);
  });

  it("refuses more than the session's rate budget with 429, however the timestamps are spread", async () => {
    const { id } = await newSession();
    expect((await post(id, { samples: samples(120, 0) })).status).toBe(202);
    expect((await post(id, { samples: samples(120, 200) })).status).toBe(202);
    const third = await post(id, { samples: samples(120, 400) });
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe("RATE_LIMITED");
    expect(await stored(id)).toBe(240);
  });

  it.each([
    ["more than 120 samples", { samples: samples(121, 0) }],
    ["no samples", { samples: [] }],
    ["a score out of range", { samples: samples(1, 0, { scores: { ...zero, happy: 1.5 } }) }],
    ["a missing score", { samples: samples(1, 0, { scores: { happy: 1 } }) }],
    ["no facePresent", { samples: samples(1, 0, { facePresent: undefined }) }],
    ["a timestamp in seconds", { samples: samples(1, 0, { at: Math.floor(T0 / 1000) }) }],
    ["an impossible head angle", { samples: samples(1, 0, { headYaw: 720 }) }],
    ["a face wider than the frame", { samples: samples(1, 0, { faceSize: 1.5 }) }],
    ["a negative distance from the centre", { samples: samples(1, 0, { faceOffCentre: -0.2 }) }],
    ["image data instead of numbers", { samples: samples(1, 0, { scores: "data:image/png;base64,AAAA" }) }],
  ])("answers 400 for %s", async (_name, body) => {
    const { id } = await newSession();
    const res = await post(id, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toMatch(/^[A-Z_]+$/);
    expect(await stored(id)).toBe(0);
  });

  it("hides one user's samples from another (404) and needs a sign-in (401)", async () => {
    const { id } = await newSession();
    await post(id, { samples: samples(2, 0) });
    expect((await post(id, { samples: samples(2, 5) }, bob)).status).toBe(404);
    expect((await bob.request("GET", `/api/sessions/${id}/expressions`)).status).toBe(404);
    expect((await bob.request("GET", `/api/sessions/${id}/expressions/summary`)).status).toBe(404);
    expect((await new Client(server.url).request("GET", `/api/sessions/${id}/expressions`)).status).toBe(401);
    expect((await alice.request("GET", "/api/sessions/nope/expressions")).status).toBe(404);
    expect(await stored(id)).toBe(2);
  });

  it("stores `emotion` socket messages labelled with the current question", async () => {
    const { id, question } = await newSession();
    const wsUrl = `${server.url.replace("http", "ws")}/ws/interview/${id}`;
    const socket = await SocketClient.connect(wsUrl, alice.token);
    await socket.next("session_state", 0);
    const [sample] = samples(1, 0, { lookingAway: true });
    socket.send({ type: "emotion", ...sample });
    socket.send({ type: "emotion", at: T0 + 1000, scores: { ...zero, sad: 0.7 } });
    socket.send({ type: "emotion", ...sample, scores: { ...zero, happy: 2 } });
    expect((await socket.next("error")).code).toBeTruthy();
    for (let i = 0; i < 50 && (await stored(id)) < 2; i++) await new Promise((r) => setTimeout(r, 50));
    socket.close();
    const list = (await alice.request("GET", `/api/sessions/${id}/expressions`)).body.samples;
    expect(list).toEqual([
      { ...sample, questionId: question.id },
      { at: T0 + 1000, scores: { ...zero, sad: 0.7 }, facePresent: true, questionId: question.id },
    ]);
  });

  it("puts an emotions section with highlights in the report, exports the samples, and deletes them with the session", async () => {
    const { id, question } = await newSession();
    const away = samples(10, 0, { questionId: question.id, lookingAway: true });
    away.forEach((s, i) => {
      if (i >= 6) s.lookingAway = false;
    });
    await post(id, { samples: away });
    expect((await alice.request("POST", `/api/sessions/${id}/end`)).status).toBe(200);
    const report = reportSchema.parse(await waitForReport(alice, id));
    const emotions = report.emotions as {
      overall: { lookingAwayShare: number };
      highlights: { text: string }[];
    };
    expect(emotions.overall.lookingAwayShare).toBeCloseTo(0.6, 3);
    expect(emotions.highlights.map((h) => h.text)).toContain("질문 1에서 시선이 화면 밖으로 60%");

    const exported = await alice.request("GET", "/api/auth/me/export");
    const session = exported.body.sessions.find((s: { id: string }) => s.id === id);
    expect(session.expressions).toHaveLength(10);

    expect((await alice.request("DELETE", `/api/sessions/${id}`)).status).toBe(204);
    expect(await stored(id)).toBe(0);
    expect((await alice.request("GET", `/api/sessions/${id}/expressions`)).status).toBe(404);
  });

  it("builds the report's emotions section again from samples stored after the report was built", async () => {
    const { id, question } = await newSession();
    await post(id, { samples: samples(4, 0, { questionId: question.id }) });
    expect((await alice.request("POST", `/api/sessions/${id}/end`)).status).toBe(200);
    const first = reportSchema.parse(await waitForReport(alice, id)).emotions as {
      overall: { samples: number };
    };
    expect(first.overall.samples).toBe(4);
    // What the room buffered lands as it closes, after the report: the candidate looked away meanwhile.
    const late = samples(6, 4, {
      questionId: question.id,
      lookingAway: true,
      scores: { ...zero, neutral: 1 },
    });
    expect((await post(id, { samples: late })).status).toBe(202);
    const summary = (await alice.request("GET", `/api/sessions/${id}/expressions/summary`)).body;
    const again = reportSchema.parse(await waitForReport(alice, id)).emotions as {
      overall: unknown;
      perQuestion: Array<{ questionNumber: number }>;
      highlights: { text: string }[];
    };
    expect(again.overall).toEqual(summary.overall);
    expect(again.perQuestion.map(({ questionNumber: _n, ...q }) => q)).toEqual(summary.perQuestion);
    expect(again.highlights.map((h) => h.text)).toContain("질문 1에서 시선이 화면 밖으로 60%");
  });

  it("drops socket samples over the session's budget without an error in the room", async () => {
    const { id } = await newSession();
    expect((await post(id, { samples: samples(120, 0) })).status).toBe(202);
    expect((await post(id, { samples: samples(120, 200) })).status).toBe(202);
    const wsUrl = `${server.url.replace("http", "ws")}/ws/interview/${id}`;
    const socket = await SocketClient.connect(wsUrl, alice.token);
    await socket.next("session_state", 0);
    const [sample] = samples(1, 500);
    socket.send({ type: "emotion", ...sample });
    socket.send({ type: "ping" });
    await socket.next("pong");
    await new Promise((r) => setTimeout(r, 500));
    socket.close();
    expect(socket.all("error")).toEqual([]);
    expect(await stored(id)).toBe(240);
  });

  it("stores looking down and head roll, and reports looking down and head movement per question", async () => {
    const { id, question } = await newSession();
    // Eyes on notes for 6 of 8 seconds, the head swinging 30 degrees each second meanwhile.
    const reading = samples(8, 0, { questionId: question.id }).map((s, i) => ({
      ...s,
      lookingAway: i < 6,
      lookingDown: i < 6,
      headYaw: i % 2 ? 20 : -10,
      headRoll: -4,
      // Off to a side for the first two seconds.
      faceOffCentre: i < 2 ? 0.7 : 0.1,
      faceSize: 0.3,
    }));
    expect((await post(id, { samples: reading })).body).toEqual({ accepted: 8, dropped: 0 });
    const list = (await alice.request("GET", `/api/sessions/${id}/expressions`)).body.samples;
    expect(list[0]).toEqual(reading[0]);
    const summary = (await alice.request("GET", `/api/sessions/${id}/expressions/summary`)).body;
    expect(summary.overall.lookingDownShare).toBeCloseTo(0.75, 3);
    expect([summary.overall.offCentreShare, summary.overall.tooFarShare]).toEqual([0.25, 0]);
    expect(summary.perQuestion[0].headMovement).toEqual({
      meanDegPerSecond: 30,
      largeMovementShare: 1,
      level: "restless",
      steps: 7,
    });
    expect((await alice.request("POST", `/api/sessions/${id}/end`)).status).toBe(200);
    const emotions = reportSchema.parse(await waitForReport(alice, id)).emotions as {
      perQuestion: { questionNumber: number }[];
      highlights: { kind: string; text: string }[];
    };
    expect(emotions.perQuestion.map((q) => q.questionNumber)).toEqual([1]);
    expect(emotions.highlights.map((h) => h.text)).toEqual([
      "질문 1에서 시선이 아래로 75% (메모를 읽는 모습)",
      "질문 1에서 머리 움직임이 많았어요 (평균 초당 30°)",
      "질문 1에서 가장 밝은 표정 (미소 100%)",
    ]);
  });

  it("draws the history trend from the user's own interviews only", async () => {
    const carol = new Client(server.url);
    await carol.signUp();
    const { id } = await newSession(carol);
    await post(id, { samples: samples(4, 0, { lookingAway: true }) }, carol);
    await newSession(carol); // no samples: not on the trend
    const trend = await carol.request("GET", "/api/expressions/trend");
    expect(trend.body.sessions).toEqual([
      expect.objectContaining({ sessionId: id, lookingAwayShare: 1, samples: 4 }),
    ]);
    expect((await bob.request("GET", "/api/expressions/trend")).body.sessions).toEqual([]);
  });
});
