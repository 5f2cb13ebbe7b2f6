import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local OpenAI-compatible embeddings endpoint (`POST /v1/embeddings`) answering with `embed(text)`
 * for each input, and the server settings that point the studio at it. Counts the calls it answered.
 */
export interface EmbeddingsServer {
  /** EMBEDDINGS_* settings for startTestServer. */
  env: Record<string, string>;
  calls(): number;
  close(): Promise<void>;
}

export async function startEmbeddingsServer(embed: (text: string) => number[]): Promise<EmbeddingsServer> {
  let calls = 0;
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    calls++;
    const { input } = JSON.parse(body) as { input: string[] };
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ data: input.map((text, index) => ({ index, embedding: embed(text) })) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | null = null;
  return {
    env: {
      EMBEDDINGS_PROVIDER: "openai-compatible",
      EMBEDDINGS_BASE_URL: `http://127.0.0.1:${port}/v1`,
      EMBEDDINGS_MODEL: "test-embedder",
    },
    calls: () => calls,
    // Closing twice (a test that takes the engine away, then the cleanup) is fine.
    close: () => {
      closed ??= new Promise((resolve) => server.close(() => resolve()));
      return closed;
    },
  };
}
