import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resumePdf } from "../../../packages/resume/src/fixtures/resume-pdf";
import { KOREAN_RESUME } from "../../../packages/resume/src/fixtures/sample-resumes";
import { resumes } from "../src/db/resume-schema";
import { relatedPassages, resumeContext } from "../src/resume/resume-context";
import { type EmbeddingsServer, startEmbeddingsServer } from "./embeddings-server";
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
  let embeddings: EmbeddingsServer;
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    embeddings = await startEmbeddingsServer(embed);
    server = await startTestServer(embeddings.env);
    client = new Client(server.url);
    await client.signUp();
    // Starting the server takes long on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await server?.close({ removeData: true });
    await embeddings?.close();
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
    const before = embeddings.calls();
    const passages = await relatedPassages(
      context,
      "Kafka로 정산 배치를 어떻게 바꾸셨나요?",
      server.services.embedder,
    );
    expect(embeddings.calls()).toBe(before + 1);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.some((p) => p.includes("Kafka"))).toBe(true);

    // With the engine gone, search still answers from BM25.
    await embeddings.close();
    const lexical = await relatedPassages(
      context,
      "Kafka로 정산 배치를 어떻게 바꾸셨나요?",
      server.services.embedder,
    );
    expect(lexical.some((p) => p.includes("Kafka"))).toBe(true);
  });
});
