import { describe, expect, it } from "vitest";
import { LlmInvalidReplyError } from "../llm-errors";
import { vetQuestionStream } from "./vet-question-stream";

async function* tokens(...parts: string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

async function vetted(language: "ko" | "en", ...parts: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const delta of vetQuestionStream(tokens(...parts), language)) out.push(delta);
  return out;
}

describe("vetQuestionStream", () => {
  it("drops a praise sentence before streaming the question", async () => {
    const out = await vetted(
      "ko",
      "좋은 ",
      "답변입니다",
      ". ",
      "그 프로젝트",
      "에서 맡은 ",
      "역할은",
      " 무엇이었나요",
      "?",
    );
    expect(out.join("")).toBe("그 프로젝트에서 맡은 역할은 무엇이었나요?");
  });

  it("passes tokens through one by one after the opening sentence", async () => {
    const out = await vetted("en", "What did ", "you learn? ", "And", " how", " did", " it", " change you?");
    // Trailing spaces wait for the next token, in case they are part of a closing quote.
    expect(out).toEqual(["What did you learn?", " And", " how", " did", " it", " change you?"]);
  });

  it("strips a label and quotes across tokens", async () => {
    const out = await vetted("en", 'Question: "', "Why did you ", "pick Go", '?"');
    expect(out.join("")).toBe("Why did you pick Go?");
  });

  it("starts streaming a one-sentence question after its first few characters", async () => {
    const out = await vetted(
      "ko",
      "Kafka로 ",
      "재설계하실 때 ",
      "가장 ",
      "어려웠던 ",
      "점은 ",
      "무엇이었나요?",
    );
    expect(out).toEqual(["Kafka로 재설계하실 때", " 가장", " 어려웠던", " 점은", " 무엇이었나요?"]);
  });

  it("strips a label that arrives across tokens", async () => {
    const out = await vetted("en", "Ques", "tion", ": ", "How would ", "you scale ", "it?");
    expect(out.join("")).toBe("How would you scale it?");
  });

  it("keeps a question that only began like praise", async () => {
    const out = await vetted(
      "ko",
      "좋은 ",
      "팀워크란 ",
      "무엇이라고 ",
      "생각하시나요? ",
      "예를 들어 주세요.",
    );
    expect(out.join("")).toBe("좋은 팀워크란 무엇이라고 생각하시나요? 예를 들어 주세요.");
  });

  it("lets a Korean question open with English terms", async () => {
    const out = await vetted("ko", "REST API ", "design", "에서 ", "버전 관리는 ", "어떻게 하셨나요?");
    expect(out.join("")).toBe("REST API design에서 버전 관리는 어떻게 하셨나요?");
  });

  it("skips a reasoning model's thinking", async () => {
    const out = await vetted(
      "en",
      "<think>\nThe user ",
      "answered well.\n</think>\n\n",
      "What would you ",
      "change now?",
    );
    expect(out.join("")).toBe("What would you change now?");
  });

  it("fails before yielding anything when the language is wrong", async () => {
    const seen: string[] = [];
    await expect(async () => {
      for await (const delta of vetQuestionStream(tokens("What was ", "your role? ", "Tell me."), "ko"))
        seen.push(delta);
    }).rejects.toBeInstanceOf(LlmInvalidReplyError);
    expect(seen).toEqual([]);
  });

  it("fails when the reply is only praise", async () => {
    await expect(vetted("en", "Great answer!")).rejects.toBeInstanceOf(LlmInvalidReplyError);
  });

  it("handles a short reply that ends without a sentence break", async () => {
    expect((await vetted("ko", "지원 동기를 ", "말씀해 주세요.")).join("")).toBe(
      "지원 동기를 말씀해 주세요.",
    );
  });
});
