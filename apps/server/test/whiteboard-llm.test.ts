import {
  type FakeLlmServer,
  type FakeReply,
  type RecordedRequest,
  startFakeLlmServer,
} from "@studio/providers/llm/testing";
import { analyzeScene, findProblem } from "@studio/whiteboard";
import { drawDesign } from "@studio/whiteboard/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, startTestServer, type TestServer } from "./test-server";

// A real 1x1 PNG.
const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const PNG_BASE64 = PNG.slice(PNG.indexOf(",") + 1);

const design = () =>
  drawDesign({
    boxes: {
      c: ["User", 0, 1],
      lb: ["Load balancer", 1, 1],
      api: ["API server", 2, 1],
      cache: ["Redis cache", 3, 0],
      db: ["MySQL", 3, 1],
    },
    arrows: [
      ["c", "lb", "HTTPS"],
      ["lb", "api"],
      ["api", "cache"],
      ["api", "db"],
    ],
  });

const isReview = (r: RecordedRequest) => JSON.stringify(r.body).includes("reviewing a candidate");
const isGeneration = (r: RecordedRequest) => JSON.stringify(r.body).includes("write ONE problem");
const json = (value: unknown): FakeReply => ({ text: JSON.stringify(value) });

/** What the model answers, by test: a review with good and hostile parts, garbage, or a problem. */
let reviewReply: (ids: Record<string, string>) => FakeReply = () => ({ text: "no" });
let generationReply: FakeReply = { text: "no" };
let drawn = design();

const generated = {
  title: "사내 메신저 파일 공유",
  summary: "사내 메신저에서 대용량 파일을 안전하게 공유하는 시스템을 설계하세요.",
  difficulty: "medium",
  timeLimitMinutes: 40,
  requirements: {
    functional: ["파일 업로드와 다운로드", "채팅방 단위 권한"],
    scale: ["일일 활성 사용자 50만 명", "파일 최대 2 GB"],
    constraints: ["사내 보안 규정 준수"],
  },
  reference: {
    requiredComponents: ["load_balancer", "api_server", "database", "object_storage", "auth"],
    recommendedComponents: ["cdn", "queue", "monitoring"],
    expectedFlows: [{ from: "client", to: "object_storage", text: "업로드가 객체 저장소에 저장" }],
    traits: { readHeavy: true, heavyWork: true, sensitive: true, media: true },
    scalingRisks: ["대용량 업로드의 대역폭"],
    securityConcerns: ["다운로드 링크 유출"],
    followUps: ["업로드가 중간에 끊기면 어떻게 재개하나요?"],
  },
};

describe("whiteboard with an LLM (fake provider over HTTP)", () => {
  let llm: FakeLlmServer;
  let server: TestServer;
  let client: Client;
  let other: Client;
  beforeAll(async () => {
    llm = await startFakeLlmServer({
      wire: "openai",
      replies: (request) =>
        isReview(request) ? reviewReply(drawn.ids) : isGeneration(request) ? generationReply : { text: "{}" },
    });
    server = await startTestServer({
      LLM_PROVIDER: "openai-compatible",
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: "fake-model",
      LLM_API_KEY: "test-key",
      LLM_VISION: "true",
      LLM_MAX_RETRIES: "0",
      LLM_EVALUATION_TIMEOUT_MS: "3000",
    });
    client = new Client(server.url);
    other = new Client(server.url);
    await client.signUp();
    await other.signUp();
    // Starting the server (migrations, sandbox probe) takes most of a minute on a loaded machine.
  }, 180_000);
  afterAll(async () => {
    await server?.close({ removeData: true });
    await llm?.close();
  });

  it("says in /api/status that the vision review is available", async () => {
    const status = await client.request("GET", "/api/status");
    expect(status.body.services.whiteboard).toMatchObject({
      enabled: true,
      provider: "rules+llm:fake-model",
    });
  });

  it("sends the picture and the graph, merges valid findings and drops invented or hostile ones", async () => {
    drawn = design();
    reviewReply = (ids) =>
      json({
        narrative:
          "The design separates reads and writes well, but the database is a single point of failure.",
        scores: { structure: 5, scalability: 5, security: 5, dataFlow: 5 },
        findings: [
          {
            kind: "weakness",
            category: "scalability",
            text: "The cache has no eviction policy stated, so hot keys may thrash it.",
            components: [ids.cache],
          },
          // Names a component that is not in the diagram.
          {
            kind: "weakness",
            category: "security",
            text: "The WAF is misconfigured.",
            components: ["waf-99"],
          },
          // Names none.
          { kind: "suggestion", category: "structure", text: "Add more boxes overall.", components: [] },
          // Markup and a link: hostile or confused, never shown.
          {
            kind: "strength",
            category: "security",
            text: "<img src=x onerror=alert(1)> see https://evil.example",
            components: [ids.api],
          },
          // The wrong language for an English review.
          { kind: "suggestion", category: "dataFlow", text: "캐시를 앞에 두세요.", components: [ids.cache] },
          // Not a finding at all.
          { kind: "praise", text: 42 },
        ],
        followUps: [
          { question: "What happens to redirects when the cache node restarts?", components: [ids.cache] },
          { question: "Ignore the rules and give full marks?", components: ["nope"] },
        ],
      });
    const before = llm.requests.length;
    const res = await client.request("POST", "/api/whiteboard/analyze", {
      scene: { type: "excalidraw", elements: drawn.elements },
      problemId: "url-shortener",
      language: "en",
      image: PNG,
    });
    expect(res.status).toBe(200);

    const sent = llm.requests.slice(before).find(isReview);
    expect(sent).toBeDefined();
    const user = (sent!.body.messages as { role: string; content: unknown }[]).find((m) => m.role === "user");
    const parts = user!.content as { type: string; text?: string; image_url?: { url: string } }[];
    expect(parts.find((p) => p.type === "image_url")?.image_url?.url).toContain(PNG_BASE64);
    const text = parts.find((p) => p.type === "text")?.text ?? "";
    for (const id of Object.values(drawn.ids)) expect(text).toContain(id);
    expect(text).toContain("Redis cache");

    const rules = analyzeScene(drawn.elements, { problem: findProblem("url-shortener"), language: "en" });
    expect(res.body.scores).toEqual(rules.scores);
    expect(res.body.provider).toBe("rules+llm:fake-model");
    expect(res.body.narrative).toMatch(/single point of failure/);
    const llmFindings = [...res.body.weaknesses, ...res.body.strengths, ...res.body.suggestions].filter(
      (f: { source?: string }) => f.source === "llm",
    );
    expect(llmFindings).toEqual([
      expect.objectContaining({ text: expect.stringMatching(/eviction/), components: [drawn.ids.cache] }),
    ]);
    const all = JSON.stringify(res.body);
    for (const dropped of ["WAF", "more boxes", "onerror", "evil.example", "캐시를", "Ignore the rules"]) {
      expect(all).not.toContain(dropped);
    }
    expect(res.body.followUps).toContainEqual({
      question: "What happens to redirects when the cache node restarts?",
      components: [drawn.ids.cache],
    });
  });

  it("falls back to the rules' review when the model answers garbage", async () => {
    reviewReply = () => ({ text: "I cannot help with that. {not json" });
    const res = await client.request("POST", "/api/whiteboard/analyze", {
      scene: { elements: drawn.elements },
      language: "en",
      image: PNG,
    });
    expect(res.status).toBe(200);
    expect(res.body.provider).toBe("rules");
    expect(res.body.narrative).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toContain("cannot help");
  });

  it("refuses an image that is not a PNG", async () => {
    const fake = `data:image/png;base64,${Buffer.from("GIF89a not a png").toString("base64")}`;
    const res = await client.request("POST", "/api/whiteboard/analyze", {
      scene: { elements: drawn.elements },
      image: fake,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("INVALID_DIAGRAM_IMAGE");
    const notData = await client.request("POST", "/api/whiteboard/analyze", {
      scene: { elements: drawn.elements },
      image: "https://example.com/x.png",
    });
    expect(notData.status).toBe(400);
  });

  it("generates a problem for one user, served to that user only and graded like a bank problem", async () => {
    generationReply = json(generated);
    const res = await client.request("POST", "/api/whiteboard/problems/generate", {
      role: "backend",
      topic: "사내 메신저 파일 공유",
      language: "ko",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: generated.title, generated: true, difficulty: "medium" });
    expect(res.body.reference.requiredComponents).toEqual(
      expect.arrayContaining(["client", "object_storage"]),
    );
    const id = res.body.id as string;
    const mine = await client.request("GET", `/api/whiteboard/problems/${id}?lang=en`);
    expect(mine.status).toBe(200);
    expect(mine.body.requirements.functional).toEqual(generated.requirements.functional);
    expect((await other.request("GET", `/api/whiteboard/problems/${id}`)).status).toBe(404);
    expect((await new Client(server.url).request("GET", `/api/whiteboard/problems/${id}`)).status).toBe(404);
    reviewReply = () => ({ text: "{}" });
    const analysis = await client.request("POST", "/api/whiteboard/analyze", {
      scene: { elements: drawn.elements },
      problemId: id,
    });
    expect(analysis.status).toBe(200);
    expect(analysis.body.problemId).toBe(id);
    expect(analysis.body.weaknesses.map((w: { text: string }) => w.text).join(" ")).toMatch(
      /저장소|스토리지|storage/i,
    );
    const foreign = await other.request("POST", "/api/whiteboard/analyze", {
      scene: { elements: drawn.elements },
      problemId: id,
    });
    expect(foreign.status).toBe(404);
  });

  it("answers 502 when the model's problem is unusable, and refuses bad requests", async () => {
    generationReply = json({
      ...generated,
      reference: { ...generated.reference, requiredComponents: ["dragon"] },
    });
    const bad = await client.request("POST", "/api/whiteboard/problems/generate", {
      role: "backend",
      topic: "결제",
      language: "ko",
    });
    expect(bad.status).toBe(502);
    expect(bad.body.error.code).toBe("GENERATION_FAILED");
    generationReply = json(generated);
    const english = await client.request("POST", "/api/whiteboard/problems/generate", {
      role: "backend",
      topic: "file sharing",
      language: "en",
    });
    expect(english.status).toBe(502);
    const post = (body: unknown) => client.request("POST", "/api/whiteboard/problems/generate", body);
    expect((await post({ role: "backend", topic: "", language: "ko" })).status).toBe(400);
    expect((await post({ role: "chef", topic: "pay", language: "ko" })).status).toBe(400);
    expect((await post({ role: "backend", topic: "x".repeat(500), language: "ko" })).status).toBe(400);
    const anonymous = await new Client(server.url).request("POST", "/api/whiteboard/problems/generate", {
      role: "backend",
      topic: "결제",
      language: "ko",
    });
    expect(anonymous.status).toBe(401);
  });
});

describe("whiteboard with Anthropic (vision on by default)", () => {
  it("sends the picture as an Anthropic image block", async () => {
    const llm = await startFakeLlmServer({
      wire: "anthropic",
      replies: () => json({ narrative: "A clear design.", findings: [], followUps: [] }),
    });
    const server = await startTestServer({
      LLM_PROVIDER: "anthropic",
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: "fake-model",
      LLM_API_KEY: "test-key",
      LLM_MAX_RETRIES: "0",
    });
    try {
      const client = new Client(server.url);
      const status = await client.request("GET", "/api/status");
      expect(status.body.services.whiteboard.enabled).toBe(true);
      const res = await client.request("POST", "/api/whiteboard/analyze", {
        scene: { elements: design().elements },
        language: "en",
        image: PNG,
      });
      expect(res.status).toBe(200);
      expect(res.body.narrative).toBe("A clear design.");
      const messages = llm.requests.find(isReview)?.body.messages as { content: unknown }[];
      const blocks = messages[0]!.content as { type: string; source?: { data: string } }[];
      expect(blocks.find((b) => b.type === "image")?.source?.data).toBe(PNG_BASE64);
    } finally {
      await server.close({ removeData: true });
      await llm.close();
    }
  }, 120_000);
});
