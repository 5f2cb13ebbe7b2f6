import { drawDesign, poorDesign } from "@studio/whiteboard/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const good = () =>
  drawDesign({
    boxes: {
      c: ["사용자", 0, 1],
      lb: ["로드밸런서", 1, 1],
      api: ["API 서버 x3", 2, 1],
      cache: ["Redis 캐시", 3, 0],
      db: ["MySQL", 3, 1],
      rep: ["읽기 복제본", 4, 1],
      auth: ["인증", 1, 0],
    },
    arrows: [
      ["c", "lb", "HTTPS"],
      ["lb", "api"],
      ["api", "auth"],
      ["api", "cache"],
      ["api", "db"],
      ["db", "rep"],
    ],
    frame: ["VPC", ["db", "rep", "cache"]],
  });

describe(`whiteboard over HTTP (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  let other: Client;
  beforeAll(async () => {
    server = await startTestServer();
    client = new Client(server.url);
    other = new Client(server.url);
    await client.signUp();
    await other.signUp();
    // Starting the server (migrations, sandbox probe) takes most of a minute on a loaded machine.
  }, 180_000);
  afterAll(() => server.close({ removeData: true }));

  it("lists at least ten problems and serves one in Korean and English with its reference model", async () => {
    const list = await client.request("GET", "/api/whiteboard/problems?lang=en");
    expect(list.body.problems.length).toBeGreaterThanOrEqual(10);
    expect(list.body.problems.map((p: { id: string }) => p.id)).toContain("url-shortener");
    const ko = await client.request("GET", "/api/whiteboard/problems/url-shortener?lang=ko");
    expect(ko.body.title).toMatch(/[가-힣]/);
    expect(ko.body.requirements.functional.length).toBeGreaterThan(0);
    expect(ko.body.reference.requiredComponents).toContain("cache");
    const en = await client.request("GET", "/api/whiteboard/problems/url-shortener?lang=en");
    expect(JSON.stringify(en.body)).not.toMatch(/[가-힣]/);
    expect((await client.request("GET", "/api/whiteboard/problems/nope")).status).toBe(404);
  });

  it("without an LLM: no vision review in /api/status, and generation answers 503 LLM_UNAVAILABLE", async () => {
    const status = await client.request("GET", "/api/status");
    expect(status.body.services.whiteboard).toMatchObject({ enabled: false, provider: "rules" });
    const res = await client.request("POST", "/api/whiteboard/problems/generate", {
      role: "backend",
      topic: "결제 시스템",
      language: "ko",
    });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe("LLM_UNAVAILABLE");
    const analysis = await client.request("POST", "/api/whiteboard/analyze", {
      scene: { elements: good().elements },
      image:
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    });
    expect(analysis.status).toBe(200);
    expect(analysis.body.provider).toBe("rules");
  });

  it("analyses a scene into components, connections, scores and findings", async () => {
    const { elements, ids } = good();
    const res = await client.request("POST", "/api/whiteboard/analyze", {
      scene: { type: "excalidraw", elements },
      problemId: "url-shortener",
      language: "en",
    });
    expect(res.status).toBe(200);
    expect(res.body.components).toContainEqual(
      expect.objectContaining({ id: ids.cache, kind: "cache", label: "Redis 캐시" }),
    );
    expect(res.body.connections).toContainEqual(
      expect.objectContaining({ from: ids.c, to: ids.lb, label: "HTTPS" }),
    );
    for (const key of ["structure", "scalability", "security", "dataFlow"]) {
      expect(res.body.scores[key]).toBeGreaterThanOrEqual(1);
      expect(res.body.scores[key]).toBeLessThanOrEqual(5);
    }
    const poor = await client.request("POST", "/api/whiteboard/analyze", {
      scene: { elements: drawDesign(poorDesign("User", "Server", "DB")).elements },
      problemId: "url-shortener",
    });
    for (const key of ["structure", "scalability", "security", "dataFlow"]) {
      expect(res.body.scores[key], key).toBeGreaterThan(poor.body.scores[key]);
    }
    expect(poor.body.weaknesses.length).toBeGreaterThan(0);
    expect(poor.body.followUps.length).toBeGreaterThan(0);
  });

  it("answers bad input with the contract's errors, never a 500", async () => {
    const post = (body: unknown) => client.request("POST", "/api/whiteboard/analyze", body);
    expect((await post({ scene: { elements: "nope" } })).status).toBe(400);
    expect((await post({})).status).toBe(400);
    expect((await post("{not json")).status).toBe(400);
    const unreadable = await post({ scene: { elements: [{ id: "a", type: "rectangle", x: "left" }, 42] } });
    expect(unreadable.status).toBe(422);
    expect(unreadable.body.error.code).toBe("UNREADABLE_SCENE");
    const mixed = await post({
      scene: {
        elements: [
          ...good().elements,
          JSON.parse(`{"id":"bad","type":"text","x":1${"0".repeat(400)},"y":0}`),
        ],
      },
    });
    expect(mixed.status).toBe(200);
    expect(mixed.body.unread).toContainEqual(expect.objectContaining({ elementId: "bad" }));
    const many = Array.from({ length: 2001 }, (_, i) => ({
      id: `r${i}`,
      type: "rectangle",
      x: i,
      y: 0,
      width: 1,
      height: 1,
    }));
    const tooMany = await post({ scene: { elements: many } });
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.code).toBe("SCENE_TOO_LARGE");
    const bulky = [{ id: "t", type: "text", x: 0, y: 0, text: "x", padding: "y".repeat(1_100_000) }];
    expect((await post({ scene: { elements: bulky } })).status).toBe(413);
    expect((await post({ scene: { elements: [] }, problemId: "nope" })).status).toBe(404);
    const longText = await post({
      scene: { elements: [{ id: "t", type: "text", x: 0, y: 0, text: "가".repeat(2001) }] },
    });
    expect(longText.status).toBe(422);
  });

  it("stores the analysis with the interview, shows it in the report, and hides others' sessions", async () => {
    const session = await client.request("POST", "/api/sessions", {
      language: "ko",
      role: "backend",
      questionCount: 1,
    });
    const scene = { elements: good().elements };
    const foreign = await other.request("POST", "/api/whiteboard/analyze", {
      scene,
      sessionId: session.body.id,
    });
    expect(foreign.status).toBe(404);
    expect(
      (
        await new Client(server.url).request("POST", "/api/whiteboard/analyze", {
          scene,
          sessionId: session.body.id,
        })
      ).status,
    ).toBe(401);
    const res = await client.request("POST", "/api/whiteboard/analyze", {
      scene,
      problemId: "url-shortener",
      sessionId: session.body.id,
    });
    expect(res.status).toBe(200);
    expect(res.body.weaknesses.every((w: { text: string }) => /[가-힣]/.test(w.text))).toBe(true);

    await client.request("POST", `/api/sessions/${session.body.id}/end`);
    await server.services.queue.drain();
    const report = (await client.request("GET", `/api/sessions/${session.body.id}/report`)).body;
    expect(report.whiteboard.boards).toHaveLength(1);
    expect(report.whiteboard.boards[0]).toMatchObject({
      problemId: "url-shortener",
      title: "URL 단축 서비스",
      scores: res.body.scores,
    });
    expect(report.whiteboard.boards[0].scene.elements).toHaveLength(scene.elements.length);
    expect(report.setup).toMatchObject({ systemDesign: true, systemDesignMinutes: 30 });
    const history = await client.request("GET", "/api/sessions");
    const listed = history.body.sessions.find((s: { id: string }) => s.id === session.body.id);
    const scores = Object.values(res.body.scores as Record<string, number>);
    expect(listed.systemDesign).toEqual({
      enabled: true,
      boards: 1,
      score: Math.round((scores.reduce((a, b) => a + b, 0) / 4) * 10) / 10,
    });
  });

  it("puts the system-design round in backend and data interviews by default, with a time limit", async () => {
    const setupOf = async (body: object) => {
      const created = await client.request("POST", "/api/sessions", {
        language: "ko",
        questionCount: 1,
        ...body,
      });
      expect(created.status).toBe(201);
      return (await client.request("GET", `/api/sessions/${created.body.id}`)).body.setup;
    };
    expect(await setupOf({ role: "data" })).toMatchObject({ systemDesign: true, systemDesignMinutes: 30 });
    // A one-minute introduction is one answer: no design round unless asked for.
    expect(await setupOf({ role: "backend", format: "intro_1min" })).toMatchObject({
      systemDesign: false,
      systemDesignMinutes: null,
    });
    expect(await setupOf({ role: "general" })).toMatchObject({
      systemDesign: false,
      systemDesignMinutes: null,
    });
    expect(await setupOf({ role: "backend", systemDesign: false })).toMatchObject({
      systemDesign: false,
      systemDesignMinutes: null,
    });
    expect(await setupOf({ role: "frontend", systemDesign: true, systemDesignMinutes: 45 })).toMatchObject({
      systemDesign: true,
      systemDesignMinutes: 45,
    });
    const tooLong = await client.request("POST", "/api/sessions", {
      language: "ko",
      role: "backend",
      systemDesignMinutes: 600,
    });
    expect(tooLong.status).toBe(400);
  });

  it("autosaves a draft per problem and interview, private to its owner", async () => {
    const scene = { elements: good().elements };
    expect((await client.request("PUT", "/api/whiteboard/drafts", { problemId: "chat", scene })).status).toBe(
      204,
    );
    const saved = await client.request("GET", "/api/whiteboard/drafts/chat");
    expect(saved.body.scene.elements).toHaveLength(scene.elements.length);
    const othersView = await other.request("GET", "/api/whiteboard/drafts/chat");
    expect(othersView.body).toMatchObject({ scene: null, updatedAt: null });
    const session = await client.request("POST", "/api/sessions", { language: "en", questionCount: 1 });
    const put = { problemId: "chat", scene, sessionId: session.body.id };
    expect((await other.request("PUT", "/api/whiteboard/drafts", put)).status).toBe(404);
    expect(
      (await client.request("PUT", "/api/whiteboard/drafts", { ...put, scene: { elements: [] } })).status,
    ).toBe(204);
    const inSession = await client.request("GET", `/api/whiteboard/drafts/chat?sessionId=${session.body.id}`);
    expect(inSession.body.scene.elements).toEqual([]);
  });
});
