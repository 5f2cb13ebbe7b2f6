import { afterEach, describe, expect, it } from "vitest";
import { createResilientLlm } from "../create-resilient-llm";
import type { ResilientLlm } from "../resilient-llm";
import {
  type FakeLlmServer,
  type FakeLlmServerOptions,
  fakeLlmSettings,
  startFakeLlmServer,
} from "../testing";
import { writeReportNarrative } from "./write-report-narrative";

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function llmOn(options: FakeLlmServerOptions): Promise<ResilientLlm> {
  server = await startFakeLlmServer(options);
  return createResilientLlm(fakeLlmSettings(server, { LLM_MAX_RETRIES: 0 }))!;
}

const figures = { grade: "B", averages: { specificity: 3.2, logic: 3.8 }, strengths: ["논리적인 구성"] };

describe("writeReportNarrative", () => {
  it("writes the narrative on top of the figures, at most five items a list", async () => {
    const text = JSON.stringify({
      summary: "전체적으로 B 등급으로, 논리적인 구성이 돋보였습니다.",
      strengths: ["답변의 구성이 논리적입니다.", "답변의 구성이 논리적입니다.", " "],
      improvements: ["a", "b", "c", "d", "e", "f"].map((x) => `${x} 개선`),
      recommendations: ["STAR 구조로 세 가지 사례를 준비해 보세요."],
    });
    const llm = await llmOn({ wire: "anthropic", replies: [{ text }] });
    const narrative = await writeReportNarrative(llm, { language: "ko", figures, timeoutMs: 5000 });
    expect(narrative).toEqual({
      summary: "전체적으로 B 등급으로, 논리적인 구성이 돋보였습니다.",
      strengths: ["답변의 구성이 논리적입니다."],
      improvements: ["a 개선", "b 개선", "c 개선", "d 개선", "e 개선"],
      recommendations: ["STAR 구조로 세 가지 사례를 준비해 보세요."],
    });
    expect(JSON.stringify(server!.requests[0]!.body)).toContain('\\"grade\\":\\"B\\"');
  });

  it("returns null when the LLM fails or writes in the wrong language", async () => {
    const llm = await llmOn({
      wire: "openai",
      replies: [{ status: 400 }, { text: JSON.stringify({ summary: "A solid B.", strengths: [] }) }],
    });
    expect(await writeReportNarrative(llm, { language: "ko", figures })).toBeNull();
    expect(await writeReportNarrative(llm, { language: "ko", figures })).toBeNull();
  });
});
