import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type FakeLlmServer, type RecordedRequest, startFakeLlmServer } from "@studio/providers/llm/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resumePdf } from "../../../packages/resume/src/fixtures/resume-pdf";
import { KOREAN_RESUME } from "../../../packages/resume/src/fixtures/sample-resumes";
import { passagesFor, resumeContext } from "../src/resume/resume-context";
import { Client, startTestServer, type TestServer } from "./test-server";

// Words the resume never uses for what it lists ("해커톤", in a short line of awards that no interview
// question is about): only a meaning-based search links the answer to that passage.
const SYNONYM = "coding marathon";
const TARGET = "해커톤";

/** A stand-in embedding model that knows one fact: the synonym and the tool mean the same thing. */
const embed = (text: string) => (text.includes(TARGET) || text.includes(SYNONYM) ? [1, 0, 0] : [0, 1, 0.2]);

/** A busy machine may answer the upload "processing": the client then follows the resume's status. */
async function untilReady(client: Client, id: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const { body } = await client.request("GET", `/api/resumes/${id}`);
    if (body.status !== "processing") return expect(body.status).toBe("ready");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the resume was never read");
}

const systemAndMessages = (request: RecordedRequest) => JSON.stringify(request.body);

describe("hybrid resume search during an interview (LLM evaluator, embeddings engine)", () => {
  let embeddings: Server;
  let embedCalls = 0;
  let llm: FakeLlmServer;
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    embeddings = createServer(async (req, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      embedCalls++;
      const { input } = JSON.parse(body) as { input: string[] };
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: input.map((text, index) => ({ index, embedding: embed(text) })) }));
    });
    await new Promise<void>((resolve) => embeddings.listen(0, "127.0.0.1", resolve));
    llm = await startFakeLlmServer({
      wire: "openai",
      replies: () => ({
        text: JSON.stringify({
          scores: { specificity: 3, logic: 3, technical: 3, star: 6, communication: 3 },
          star: { situation: 10, task: 10, action: 10, result: 10 },
          feedback: "구체적인 사례를 더 들어 주세요.",
          evidence: [],
        }),
      }),
    });
    server = await startTestServer({
      EMBEDDINGS_PROVIDER: "openai-compatible",
      EMBEDDINGS_BASE_URL: `http://127.0.0.1:${(embeddings.address() as AddressInfo).port}/v1`,
      EMBEDDINGS_MODEL: "test-embedder",
      LLM_PROVIDER: "openai-compatible",
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: "fake-model",
      LLM_API_KEY: "test-key",
      LLM_MAX_RETRIES: "0",
    });
    client = new Client(server.url);
    await client.signUp();
  }, 180_000);
  afterAll(async () => {
    await server.close({ removeData: true });
    await llm.close();
    await new Promise((resolve) => embeddings.close(resolve));
  });

  it("hands the LLM a resume passage that only the vector search finds", async () => {
    const form = new FormData();
    const pdf = new Uint8Array(await resumePdf(KOREAN_RESUME));
    form.append("file", new Blob([pdf], { type: "application/pdf" }), "resume.pdf");
    const uploaded = await fetch(`${server.url}/api/resumes`, {
      method: "POST",
      headers: { authorization: `Bearer ${client.token}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { id: resumeId } = (await uploaded.json()) as { id: string; status: string };
    await untilReady(client, resumeId);

    const created = await client.request("POST", "/api/sessions", { language: "ko", resumeId });
    expect(created.status).toBe(201);
    const question = created.body.question as { id: string; text: string };
    const answer = `I won first prize at a ${SYNONYM} once.`;

    // The control: BM25 alone does not find the passage for this turn.
    const me = await client.request("GET", "/api/auth/me");
    const context = (await resumeContext(server.services.db, me.body.user.id, resumeId))!;
    const lexical = passagesFor(context, `${question.text}\n${answer}`);
    expect(lexical.some((p) => p.includes(TARGET))).toBe(false);

    const callsBefore = embedCalls;
    const requestsBefore = llm.requests.length;
    const answered = await client.request("POST", `/api/sessions/${created.body.id}/answers`, {
      questionId: question.id,
      text: answer,
    });
    expect(answered.status).toBe(200);
    expect(embedCalls).toBeGreaterThan(callsBefore);
    const turnRequests = llm.requests.slice(requestsBefore).map(systemAndMessages);
    expect(turnRequests.length).toBeGreaterThan(0);
    expect(turnRequests.some((body) => body.includes(TARGET))).toBe(true);
  });
});
