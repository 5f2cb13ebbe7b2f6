import { afterEach, describe, expect, it } from "vitest";
import { createResilientLlm } from "../create-resilient-llm";
import { LlmInvalidReplyError } from "../llm-errors";
import type { ResilientLlm } from "../resilient-llm";
import {
  type FakeLlmServer,
  type FakeLlmServerOptions,
  fakeLlmSettings,
  startFakeLlmServer,
} from "../testing";
import { extractQuestion } from "./extract-question";
import { askNextQuestion, generateNextQuestion, type NextQuestionInput } from "./next-question";
import { defaultInterviewerPrompt } from "./prompts";

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A first-token timeout far above any busy machine's delay, unless a test is about the timeout. */
async function llmOn(options: FakeLlmServerOptions, firstTokenTimeoutMs = 15_000): Promise<ResilientLlm> {
  server = await startFakeLlmServer(options);
  return createResilientLlm(
    fakeLlmSettings(server, { LLM_FIRST_TOKEN_TIMEOUT_MS: firstTokenTimeoutMs, LLM_MAX_RETRIES: 0 }),
  )!;
}

const koInput: NextQuestionInput = {
  language: "ko",
  role: "backend",
  category: "project",
  plannedQuestion: "가장 기억에 남는 프로젝트를 말씀해 주세요.",
  history: Array.from({ length: 12 }, (_, i) => ({ question: `질문 ${i + 1}`, answer: `답변 ${i + 1}` })),
  resumePassages: ["결제 시스템을 Kafka 기반으로 재설계해 처리량을 3배로 늘림"],
};

const sentText = (index = 0) => JSON.stringify(server!.requests[index]!.body);

describe("generateNextQuestion", () => {
  it("streams a Korean question token by token, without the praise before it", async () => {
    const llm = await llmOn({
      wire: "openai",
      replies: [
        {
          text: [
            "좋은 답변",
            "입니다. ",
            "Kafka로 ",
            "재설계하실 때 ",
            "가장 어려웠던 ",
            "점은 무엇이었나요?",
          ],
        },
      ],
    });
    const deltas: string[] = [];
    for await (const delta of generateNextQuestion(llm, koInput)) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(1);
    expect(extractQuestion(deltas.join(""), "ko")).toBe(
      "Kafka로 재설계하실 때 가장 어려웠던 점은 무엇이었나요?",
    );
  });

  it("asks in polite Korean with the last 10 turns, the resume and the planned question", async () => {
    const llm = await llmOn({
      wire: "anthropic",
      replies: [{ text: "결제 시스템 재설계에서 맡으신 역할은 무엇이었나요?" }],
    });
    expect(await askNextQuestion(llm, koInput)).toBe("결제 시스템 재설계에서 맡으신 역할은 무엇이었나요?");
    const sent = sentText();
    expect(sent).toContain("존댓말");
    expect(sent).toContain("가장 기억에 남는 프로젝트를 말씀해 주세요.");
    expect(sent).toContain("Kafka 기반으로 재설계");
    expect(sent).toContain("질문 12");
    expect(sent).toContain("질문 3");
    expect(sent).not.toContain("질문 2\\");
    expect(sent).toContain("백엔드 개발자");
  });

  it("uses an administrator's prompt instead of the built-in one", async () => {
    const llm = await llmOn({
      wire: "openai",
      replies: [{ text: "What would you build differently today?" }],
    });
    const question = await askNextQuestion(llm, {
      ...koInput,
      language: "en",
      history: [],
      systemPrompt: "You are a friendly startup CTO.",
    });
    expect(question).toBe("What would you build differently today?");
    expect(sentText()).toContain("You are a friendly startup CTO.");
    expect(sentText()).not.toContain(defaultInterviewerPrompt("en").slice(0, 40));
  });

  it("describes a follow-up reason to the model", async () => {
    const llm = await llmOn({ wire: "openai", replies: [{ text: "그 결과 처리량은 얼마나 개선되었나요?" }] });
    await askNextQuestion(llm, { ...koInput, followUpReason: "no_result" });
    expect(sentText()).toContain("결과나 성과");
    expect(sentText()).toContain("꼬리 질문");
  });

  it("fails before the first delta when the model answers in the wrong language", async () => {
    const llm = await llmOn({
      wire: "openai",
      replies: [{ text: ["What was ", "your role ", "in it? ", "Tell me."] }],
    });
    const seen: string[] = [];
    await expect(async () => {
      for await (const delta of generateNextQuestion(llm, koInput)) seen.push(delta);
    }).rejects.toBeInstanceOf(LlmInvalidReplyError);
    expect(seen).toEqual([]);
  });
});

describe("askNextQuestion falls back (null)", () => {
  it("when the LLM is down", async () => {
    const llm = await llmOn({ wire: "openai", fallback: { status: 500 } });
    expect(await askNextQuestion(llm, koInput)).toBeNull();
  });

  it("when the first token is too slow, within the timeout", async () => {
    const llm = await llmOn(
      { wire: "anthropic", fallback: { text: "늦은 질문인가요?", firstTokenDelayMs: 10_000 } },
      1000,
    );
    expect(await askNextQuestion(llm, koInput)).toBeNull();
    // Given up before the 10 s reply: the request was closed early, however busy the machine.
    expect((await server!.requestEnded(0)).closedEarly).toBe(true);
  });

  it("when the question is too long", async () => {
    const llm = await llmOn({ wire: "openai", replies: [{ text: `${"아주 ".repeat(120)}긴 질문인가요?` }] });
    expect(await askNextQuestion(llm, koInput)).toBeNull();
  });

  it("when the stream breaks off", async () => {
    const llm = await llmOn({
      wire: "openai",
      replies: [{ text: ["결제 시스템에서 ", "맡으신 ", "역할은?"], cutAfterChunks: 2 }],
    });
    expect(await askNextQuestion(llm, koInput)).toBeNull();
  });
});
