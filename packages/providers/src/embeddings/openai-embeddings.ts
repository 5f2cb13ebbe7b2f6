import type { ServiceStatus } from "@studio/protocol";
import { z } from "zod";
import type { EmbeddingsSettings } from "./embeddings-settings";

export interface Embedder {
  readonly model: string;
  /** One vector per text, in order. */
  embed(texts: string[], signal?: AbortSignal): Promise<number[][]>;
  status(): ServiceStatus;
}

const replySchema = z.object({
  data: z.array(z.object({ index: z.number().int(), embedding: z.array(z.number()) })),
});

/** An OpenAI-compatible `/v1/embeddings` endpoint (OpenAI, Ollama, vLLM, llama.cpp server, ...). */
export function createEmbedder(settings: EmbeddingsSettings): Embedder | null {
  if (settings.EMBEDDINGS_PROVIDER === "none") return null;
  const { EMBEDDINGS_BASE_URL: baseUrl, EMBEDDINGS_MODEL: model } = settings;
  if (!baseUrl || !model)
    throw new Error("EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL are needed for embeddings");
  let lastError: string | null = null;
  return {
    model,
    async embed(texts, signal) {
      try {
        const response = await fetch(`${baseUrl.replace(/\/$/, "")}/embeddings`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(settings.EMBEDDINGS_API_KEY
              ? { authorization: `Bearer ${settings.EMBEDDINGS_API_KEY}` }
              : {}),
          },
          body: JSON.stringify({ model, input: texts }),
          signal: signal ?? AbortSignal.timeout(15_000),
        });
        if (!response.ok) throw new Error(`embeddings endpoint answered ${response.status}`);
        const { data } = replySchema.parse(await response.json());
        lastError = null;
        return [...data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
      } catch (error) {
        lastError = (error as Error).message;
        throw error;
      }
    },
    status: () => ({
      enabled: true,
      provider: `embeddings:${model}`,
      detail: lastError
        ? `hybrid resume search; last error: ${lastError}`
        : `hybrid resume search (BM25 + cosine) at ${baseUrl}`,
      ...(lastError ? { degraded: true } : {}),
    }),
  };
}

export function embeddingsStatus(embedder: Embedder | null): ServiceStatus {
  return (
    embedder?.status() ?? {
      enabled: false,
      provider: "bm25",
      detail: "No EMBEDDINGS_PROVIDER set: resume search is lexical (BM25 with Korean-aware tokens)",
    }
  );
}
