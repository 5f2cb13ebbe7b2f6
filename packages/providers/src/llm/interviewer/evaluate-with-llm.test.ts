import { evaluationSchema } from "@studio/protocol";
import { afterEach, describe, expect, it } from "vitest";
import { createResilientLlm } from "../create-resilient-llm";
import type { ResilientLlm } from "../resilient-llm";
import {
  type FakeLlmServer,
  type FakeLlmServerOptions,
  fakeLlmSettings,
  startFakeLlmServer,
} from "../testing";
import { evaluateWithLlm, type LlmEvaluationInput } from "./evaluate-with-llm";

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function llmOn(options: FakeLlmServerOptions): Promise<ResilientLlm> {
  server = await startFakeLlmServer(options);
  return createResilientLlm(fakeLlmSettings(server, { LLM_EVALUATION_TIMEOUT_MS: 800, LLM_MAX_RETRIES: 1 }))!;
}

const answer = "결제 서버의 응답 시간이 2초였습니다. 제가 Redis 캐시를 도입해서 200ms로 줄였습니다.";
const input: LlmEvaluationInput = {
  question: "성능을 개선한 경험을 말씀해 주세요.",
  answer,
  language: "ko",
  category: "project",
  ruleHints: { scores: { specificity: 4 }, numbers: 2, techTerms: ["Redis"] },
};

const reply = (overrides: object = {}) =>
  JSON.stringify({
    scores: { specificity: 7, logic: 4, technical: "4", star: 0, communication: 3.6 },
    star: { situation: 20, task: 30, action: 22, result: -3 },
    feedback: "수치로 결과를 보여 주신 점이 좋습니다. 본인의 판단 근거를 더 말씀해 주세요.",
    evidence: [
      { criterion: "specificity", quote: "200ms로 줄였습니다", note: "결과를 수치로 제시했습니다." },
      { criterion: "action", quote: "지어낸 인용", note: "답변에 없는 말입니다." },
      { criterion: "nonsense", quote: "Redis", note: "기준이 잘못되었습니다." },
    ],
    ...overrides,
  });

describe("evaluateWithLlm", () => {
  it("clamps the scores, recomputes the total and names the model", async () => {
    const llm = await llmOn({ wire: "openai", replies: [{ text: reply() }] });
    const evaluation = (await evaluateWithLlm(llm, input))!;
    expect(evaluationSchema.parse(evaluation)).toEqual(evaluation);
    expect(evaluation.scores).toEqual({ specificity: 5, logic: 4, technical: 4, star: 1, communication: 4 });
    expect(evaluation.total).toBe(18);
    expect(evaluation.star).toEqual({ situation: 20, task: 25, action: 22, result: 0 });
    expect(evaluation.provider).toBe("llm:fake-model");
    expect(evaluation.evidence).toEqual([
      { criterion: "specificity", quote: "200ms로 줄였습니다", note: "결과를 수치로 제시했습니다." },
    ]);
  });

  it("sends the question, the answer and the rule engine's hints, asking for Korean feedback", async () => {
    const llm = await llmOn({ wire: "anthropic", replies: [{ text: reply() }] });
    await evaluateWithLlm(llm, { ...input, resumePassages: ["쇼핑몰 결제 서비스 개발"] });
    const sent = JSON.stringify(server!.requests[0]!.body);
    expect(sent).toContain("성능을 개선한 경험");
    expect(sent).toContain("Redis 캐시를 도입해서");
    expect(sent).toContain('\\"techTerms\\":[\\"Redis\\"]');
    expect(sent).toContain("쇼핑몰 결제 서비스");
    expect(sent).toContain("Korean");
  });

  it("repairs malformed JSON once", async () => {
    const llm = await llmOn({ wire: "openai", replies: [{ text: reply().slice(0, 40) }, { text: reply() }] });
    expect((await evaluateWithLlm(llm, input))?.total).toBe(18);
    expect(server!.requests).toHaveLength(2);
  });

  it("asks for a repair when a score is missing", async () => {
    const incomplete = reply({ scores: { specificity: 3, logic: 3 } });
    const llm = await llmOn({ wire: "anthropic", replies: [{ text: incomplete }, { text: reply() }] });
    expect(await evaluateWithLlm(llm, input)).not.toBeNull();
    expect(JSON.stringify(server!.requests[1]!.body)).toContain("scores.technical");
  });

  it("returns null for feedback in the wrong language", async () => {
    const llm = await llmOn({
      wire: "openai",
      replies: [{ text: reply({ feedback: "Good use of numbers." }) }],
    });
    expect(await evaluateWithLlm(llm, input)).toBeNull();
  });

  it("returns null when the LLM keeps failing or is too slow", async () => {
    const down = await llmOn({ wire: "openai", fallback: { status: 502 } });
    expect(await evaluateWithLlm(down, input)).toBeNull();
    await server!.close();
    const slow = await llmOn({ wire: "openai", fallback: { text: reply(), firstTokenDelayMs: 5000 } });
    expect(await evaluateWithLlm(slow, input)).toBeNull();
    // Given up before the 5 s reply: the request was closed early, however busy the machine.
    expect((await server!.requestEnded(0)).closedEarly).toBe(true);
  });
});
