import { type FakeLlmServer, type RecordedRequest, startFakeLlmServer } from "@studio/providers/llm/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resumePdf } from "../../../packages/resume/src/fixtures/resume-pdf";
import { KOREAN_RESUME } from "../../../packages/resume/src/fixtures/sample-resumes";
import { passagesFor, resumeContext } from "../src/resume/resume-context";
import { type EmbeddingsServer, startEmbeddingsServer } from "./embeddings-server";
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
  let embeddings: EmbeddingsServer;
  let llm: FakeLlmServer;
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    embeddings = await startEmbeddingsServer(embed);
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
      ...embeddings.env,
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
    await embeddings.close();
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

    const callsBefore = embeddings.calls();
    const requestsBefore = llm.requests.length;
    const answered = await client.request("POST", `/api/sessions/${created.body.id}/answers`, {
      questionId: question.id,
      text: answer,
    });
    expect(answered.status).toBe(200);
    expect(embeddings.calls()).toBeGreaterThan(callsBefore);
    const turnRequests = llm.requests.slice(requestsBefore).map(systemAndMessages);
    expect(turnRequests.length).toBeGreaterThan(0);
    expect(turnRequests.some((body) => body.includes(TARGET))).toBe(true);
  });
});
