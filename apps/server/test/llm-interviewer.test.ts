import { evaluationSchema, reportSchema } from "@studio/protocol";
import { type FakeLlmServer, type RecordedRequest, startFakeLlmServer } from "@studio/providers/llm/testing";
import { afterEach, describe, expect, it } from "vitest";
import { setAdminRole } from "../src/auth/admin-role";
import { STRONG_KO_INTRO } from "./dev-answers";
import { SocketClient } from "./socket-client";
import { Client, startTestServer, type TestServer } from "./test-server";

const LLM_QUESTION_KO = "말씀하신 캐시 도입 과정에서 가장 어려웠던 결정은 무엇이었나요?";
const LLM_FEEDBACK_KO = "결과를 수치로 잘 보여 주셨습니다. 본인의 판단 근거를 한 문장 더 붙이면 좋겠습니다.";

/** The system prompt of a recorded request, in either wire format. */
function systemOf(request: RecordedRequest): string {
  const body = request.body as { system?: unknown; messages?: Array<{ role: string; content: unknown }> };
  if (typeof body.system === "string") return body.system;
  if (Array.isArray(body.system)) return JSON.stringify(body.system);
  return String(body.messages?.find((m) => m.role === "system")?.content ?? "");
}

/** A fake LLM that plays evaluator, interviewer and report writer, told apart by their system prompts. */
function interviewerReplies(request: RecordedRequest) {
  const system = systemOf(request);
  if (system.includes("interview evaluator")) {
    return {
      text: JSON.stringify({
        scores: { specificity: 5, logic: 4, technical: 4, star: 9, communication: 4 },
        star: { situation: 20, task: 18, action: 22, result: 24 },
        feedback: LLM_FEEDBACK_KO,
        evidence: [],
      }),
    };
  }
  if (system.includes("narrative of a mock-interview report")) {
    return {
      text: JSON.stringify({
        summary: "LLM이 쓴 총평입니다. 전반적으로 구체적인 답변이 돋보였습니다.",
        strengths: ["수치로 결과를 제시함"],
        improvements: ["판단 근거를 덧붙이기"],
        recommendations: ["STAR 순서로 한 번 더 연습하기"],
      }),
    };
  }
  // Streamed in pieces, as a real model does token by token.
  return { text: ["좋은 답변입니다. ", ...(LLM_QUESTION_KO.match(/.{1,8}/g) ?? [])], chunkDelayMs: 5 };
}

describe("the LLM interviewer (OpenAI-compatible wire)", () => {
  let llm: FakeLlmServer | null = null;
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close({ removeData: true });
    await llm?.close().catch(() => {});
    server = null;
    llm = null;
  });

  const start = async (wire: "openai" | "anthropic", env: Record<string, string> = {}) => {
    llm = await startFakeLlmServer({ wire, replies: interviewerReplies });
    server = await startTestServer({
      LLM_PROVIDER: wire === "openai" ? "openai-compatible" : "anthropic",
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: "fake-model",
      LLM_API_KEY: "test-key",
      LLM_MAX_RETRIES: "0",
      LLM_BREAKER_THRESHOLD: "2",
      LLM_FIRST_TOKEN_TIMEOUT_MS: "1500",
      LLM_EVALUATION_TIMEOUT_MS: "1500",
      ...env,
    });
    const client = new Client(server.url);
    await client.signUp();
    return client;
  };

  for (const wire of ["openai", "anthropic"] as const) {
    it(`scores with the LLM and asks the LLM's question, only the question kept (${wire})`, async () => {
      const client = await start(wire);
      const status = await client.request("GET", "/api/status");
      expect(status.body.services.llm).toMatchObject({ enabled: true, provider: "llm:fake-model" });

      const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 3 });
      const res = await client.request("POST", `/api/sessions/${created.body.id}/answers`, {
        questionId: created.body.question.id,
        text: STRONG_KO_INTRO,
      });
      expect(res.status).toBe(200);
      const evaluation = evaluationSchema.parse(res.body.evaluation);
      expect(evaluation.provider).toBe("llm:fake-model");
      expect(evaluation.scores.star).toBe(5); // clamped from 9
      expect(evaluation.total).toBe(22);
      expect(evaluation.feedback).toBe(LLM_FEEDBACK_KO);
      expect(res.body.next.text).toBe(LLM_QUESTION_KO);
      expect(res.body.notice).toBeUndefined();

      // The wording is stored: a reload shows the same question.
      const detail = await client.request("GET", `/api/sessions/${created.body.id}`);
      expect(detail.body.question.text).toBe(LLM_QUESTION_KO);
    });
  }

  it("streams the LLM's question to the voice room as it arrives, then the kept question", async () => {
    const client = await start("openai");
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 3 });
    const socket = await SocketClient.connect(
      `${server!.url.replace("http", "ws")}/ws/interview/${created.body.id}`,
      client.token,
    );
    await socket.next("session_state", 0);
    const mark = socket.messages.length;
    socket.send({ type: "answer_text", text: STRONG_KO_INTRO });
    const first = await socket.next("ai_transcript_chunk", mark);
    expect(first.done).toBe(false);
    // The kept question follows the evaluation, after the streamed pieces.
    await socket.next("evaluation", mark);
    const streamed = socket.messages
      .slice(mark)
      .filter((m) => m.type === "ai_transcript_chunk" && !m.done) as Array<{ text: string }>;
    expect(streamed.length).toBeGreaterThan(1);
    expect(streamed.map((m) => m.text).join("")).toContain(LLM_QUESTION_KO.slice(0, 10));
    // The question is announced after the evaluation: wait for it before reading what came before it.
    await socket.next("question", mark);
    const kept = socket.messages.slice(mark).find((m) => m.type === "ai_transcript_chunk" && m.done);
    expect(kept).toMatchObject({ done: true, text: LLM_QUESTION_KO });
    // The same draft as question_preview, then the final question with its place in the interview.
    const previews = socket.messages.slice(mark).filter((m) => m.type === "question_preview");
    expect(previews.map((m) => (m.type === "question_preview" ? m.text : "")).join("")).toBe(
      streamed.map((m) => m.text).join(""),
    );
    // Follow-up or next main question, as the rules decided for this (seeded) first question: the socket
    // says which, the same as the stored session does.
    const asked = await socket.next("question", mark);
    const detail = await client.request("GET", `/api/sessions/${created.body.id}`);
    expect(asked.question).toMatchObject({
      id: detail.body.question.id,
      text: LLM_QUESTION_KO,
      total: 3,
      followUp: detail.body.question.followUp ?? false,
    });
    expect(asked.question.index).toBe(asked.question.followUp ? 0 : 1);
    socket.close();
  });

  it("sends the previous questions and answers as context to the next question", async () => {
    const client = await start("openai");
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 3 });
    const answer = STRONG_KO_INTRO;
    await client.request("POST", `/api/sessions/${created.body.id}/answers`, {
      questionId: created.body.question.id,
      text: answer,
    });
    const questionRequest = llm!.requests.find((r) => {
      const system = systemOf(r);
      return (
        !system.includes("interview evaluator") && !system.includes("narrative of a mock-interview report")
      );
    });
    expect(JSON.stringify(questionRequest?.body)).toContain(answer.slice(0, 40));
  });

  it("finishes the interview on rules with a notice when the LLM dies mid-interview", async () => {
    const client = await start("openai");
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 3 });
    const id = created.body.id;
    const answer = STRONG_KO_INTRO;
    const first = await client.request("POST", `/api/sessions/${id}/answers`, {
      questionId: created.body.question.id,
      text: answer,
    });
    expect(first.body.evaluation.provider).toBe("llm:fake-model");

    await llm!.close();
    let question = first.body.next;
    const started = Date.now();
    let last = first;
    while (question) {
      last = await client.request("POST", `/api/sessions/${id}/answers`, {
        questionId: question.id,
        text: answer,
      });
      expect(last.status).toBe(200);
      expect(last.body.evaluation.provider).toBe("rules");
      expect(last.body.notice).toMatch(/기본 면접관/);
      question = last.body.next;
    }
    expect(last.body.done).toBe(true);
    // Never longer than the timeouts, and with the breaker open, no wait at all.
    expect(Date.now() - started).toBeLessThan(10_000);
    const status = await client.request("GET", "/api/status");
    expect(status.body.services.llm.degraded).toBe(true);
  });

  it("lets an administrator change the interviewer prompt, used from the next turn", async () => {
    const client = await start("openai", { ADMIN_EMAILS: "boss@example.com" });
    expect((await client.request("GET", "/api/prompt")).status).toBe(403);

    const admin = new Client(server!.url);
    await admin.request("POST", "/api/auth/register", {
      email: "boss@example.com",
      password: "password-123",
      name: "관리자",
    });
    admin.token = (
      await admin.request("POST", "/api/auth/login", { email: "boss@example.com", password: "password-123" })
    ).body.token;
    // ADMIN_EMAILS counts only for a verified account; the operator's CLI vouches for this one.
    await setAdminRole(server!.services.db, "boss@example.com", true);
    const before = await admin.request("GET", "/api/prompt?language=ko");
    expect(before.body).toMatchObject({ language: "ko", isDefault: true });
    expect(before.body.prompt).toMatch(/면접관/);

    const custom = "당신은 스타트업 CTO입니다. 지원자의 기술적 판단을 깊게 파고드는 질문 하나만 하세요.";
    const saved = await admin.request("POST", "/api/prompt", { language: "ko", prompt: custom });
    expect(saved.body).toMatchObject({ prompt: custom, isDefault: false });

    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 2 });
    await client.request("POST", `/api/sessions/${created.body.id}/answers`, {
      questionId: created.body.question.id,
      text: STRONG_KO_INTRO,
    });
    expect(llm!.requests.some((r) => systemOf(r) === custom)).toBe(true);
    // An empty prompt restores the built-in one (and leaves a shared database as it was).
    const restored = await admin.request("POST", "/api/prompt", { language: "ko", prompt: "" });
    expect(restored.body).toMatchObject({ isDefault: true });
  });

  it("writes the report narrative with the LLM on top of the computed figures", async () => {
    const client = await start("openai");
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 1 });
    const id = created.body.id;
    await client.request("POST", `/api/sessions/${id}/answers`, {
      questionId: created.body.question.id,
      text: STRONG_KO_INTRO,
    });
    await client.request("POST", `/api/sessions/${id}/end`);
    await server!.services.queue.drain();
    const report = reportSchema.parse((await client.request("GET", `/api/sessions/${id}/report`)).body);
    expect(report.summary).toMatch(/LLM이 쓴 총평/);
    expect(report.narrative).toBe("llm:fake-model");
    expect(report.grade).toMatch(/^[SABCD]$/);
  });
});
