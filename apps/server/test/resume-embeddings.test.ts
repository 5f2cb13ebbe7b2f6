import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resumePdf } from "../../../packages/resume/src/fixtures/resume-pdf";
import { KOREAN_RESUME } from "../../../packages/resume/src/fixtures/sample-resumes";
import { resumes } from "../src/db/resume-schema";
import { relatedPassages, resumeContext } from "../src/resume/resume-context";
import { Client, startTestServer, type TestServer } from "./test-server";

const DIMENSIONS = 64;

/** A stand-in embedding model: a normalised histogram of the text's characters, so similar texts are close. */
function embed(text: string): number[] {
  const v = new Array<number>(DIMENSIONS).fill(0);
  for (const ch of text.toLowerCase()) v[(ch.codePointAt(0) ?? 0) % DIMENSIONS]! += 1;
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

describe("hybrid resume search with an OpenAI-compatible embeddings endpoint", () => {
  let embeddings: Server;
  let calls = 0;
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    embeddings = createServer(async (req, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      calls++;
      const { input } = JSON.parse(body) as { input: string[] };
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: input.map((text, index) => ({ index, embedding: embed(text) })) }));
    });
    await new Promise<void>((resolve) => embeddings.listen(0, "127.0.0.1", resolve));
    const { port } = embeddings.address() as AddressInfo;
    server = await startTestServer({
      EMBEDDINGS_PROVIDER: "openai-compatible",
      EMBEDDINGS_BASE_URL: `http://127.0.0.1:${port}/v1`,
      EMBEDDINGS_MODEL: "test-embedder",
    });
    client = new Client(server.url);
    await client.signUp();
  });
  afterAll(async () => {
    await server.close({ removeData: true });
    await new Promise((resolve) => embeddings.close(resolve));
  });

  it("stores one vector per chunk at indexing, ranks by BM25 and cosine together, and falls back to BM25", async () => {
    const status = await client.request("GET", "/api/status");
    expect(status.body.services.embeddings).toMatchObject({
      enabled: true,
      provider: "embeddings:test-embedder",
    });

    const form = new FormData();
    form.append(
      "file",
      new Blob([new Uint8Array(await resumePdf(KOREAN_RESUME))], { type: "application/pdf" }),
      "resume.pdf",
    );
    const uploaded = await fetch(`${server.url}/api/resumes`, {
      method: "POST",
      headers: { authorization: `Bearer ${client.token}` },
      body: form,
    });
    const { id, chunks } = (await uploaded.json()) as { id: string; chunks: number };
    expect(uploaded.status).toBe(201);

    const [row] = await server.services.db.select().from(resumes).where(eq(resumes.id, id));
    expect(row!.vectors).toHaveLength(chunks);
    expect(row!.vectors!.every((v) => v.vector.length === DIMENSIONS)).toBe(true);

    const context = (await resumeContext(server.services.db, row!.userId, id))!;
    const before = calls;
    const passages = await relatedPassages(
      context,
      "Kafka로 정산 배치를 어떻게 바꾸셨나요?",
      server.services.embedder,
    );
    expect(calls).toBe(before + 1);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.some((p) => p.includes("Kafka"))).toBe(true);

    // With the engine gone, search still answers from BM25.
    await new Promise((resolve) => embeddings.close(resolve));
    const lexical = await relatedPassages(
      context,
      "Kafka로 정산 배치를 어떻게 바꾸셨나요?",
      server.services.embedder,
    );
    expect(lexical.some((p) => p.includes("Kafka"))).toBe(true);
  });
});
