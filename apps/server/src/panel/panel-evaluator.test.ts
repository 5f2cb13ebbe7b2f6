import { panelEvaluationSchema } from "@studio/protocol";
import { createResilientLlm } from "@studio/providers";
import {
  type FakeLlmServer,
  type FakeReply,
  fakeLlmSettings,
  startFakeLlmServer,
} from "@studio/providers/llm/testing";
import type { FastifyBaseLogger } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { type PanelEvaluationRequest, PanelEvaluator } from "./panel-evaluator";

const quiet = { warn: () => undefined } as unknown as FastifyBaseLogger;
const STRONG =
  "Our order API took over two seconds after a release. I profiled it and found an N+1 query, so I replaced it with a join and added a composite index. Latency dropped to 150 milliseconds.";
const HIKING = "I like hiking on weekends and my dog enjoys long walks.";
const request: PanelEvaluationRequest = {
  language: "en",
  items: ["Technical", "Motivation"],
  candidates: [
    { id: "a", name: "Ann" },
    { id: "b", name: "Ben" },
  ],
  lines: [
    { speakerId: "i", role: "interviewer", text: "Tell us about a performance problem you solved." },
    { speakerId: "a", role: "candidate", text: STRONG },
    { speakerId: "b", role: "candidate", text: HIKING },
  ],
};

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function evaluatorOn(replies: FakeReply[]): Promise<PanelEvaluator> {
  server = await startFakeLlmServer({ wire: "openai", replies });
  const llm = createResilientLlm(fakeLlmSettings(server, { LLM_MAX_RETRIES: 0 }));
  return new PanelEvaluator(llm, quiet);
}

describe("PanelEvaluator with an LLM", () => {
  it("takes the model's words but holds its scores to one above the rules' and its quotes to the candidate's own", async () => {
    const rules = await new PanelEvaluator(null, quiet).evaluate("p0", request);
    const reply = {
      candidates: {
        Ann: {
          scores: { Technical: 5, Motivation: 5 },
          evidence: [
            { item: "Technical", quote: "replaced it with a join" },
            { item: "Motivation", quote: "I have always loved this company" },
          ],
          summary: "Ann found and fixed an N+1 query.",
          questions: ["Why do you want this role?"],
        },
        Ben: {
          scores: { Technical: 5, Motivation: 4 },
          evidence: [{ item: "Technical", quote: "I designed a distributed cache" }],
          summary: "Ben is a strong engineer.",
          questions: [],
        },
      },
    };
    const evaluator = await evaluatorOn([{ text: JSON.stringify(reply) }]);
    const result = await evaluator.evaluate("p1", request);
    expect(panelEvaluationSchema.parse(result)).toEqual(result);
    expect(result.provider).toMatch(/^llm:/);
    const [ann, ben] = [result.candidates.Ann, result.candidates.Ben];
    expect(ann?.summary).toBe("Ann found and fixed an N+1 query.");
    expect(ann?.evidence).toEqual([{ item: "Technical", quote: "replaced it with a join" }]);
    // The off-topic answer stays low whatever the model says; its invented quote is not shown.
    for (const item of request.items) {
      expect(ben?.scores[item]).toBeLessThanOrEqual((rules.candidates.Ben?.scores[item] ?? 1) + 1);
      expect(ann?.scores[item]).toBeLessThanOrEqual((rules.candidates.Ann?.scores[item] ?? 1) + 1);
    }
    expect(ben?.evidence).toEqual(rules.candidates.Ben?.evidence);
    const sent = JSON.stringify(server?.requests[0]?.body);
    expect(sent).toContain("N+1 query");
    expect(sent).toContain("Ann");
  });

  it("leaves the rules' evaluation when the model fails", async () => {
    const evaluator = await evaluatorOn([{ status: 500 }, { status: 500 }, { status: 500 }]);
    const result = await evaluator.evaluate("p2", request);
    expect(result.provider).toBe("rules");
    expect(Object.keys(result.candidates)).toEqual(["Ann", "Ben"]);
  });
});
