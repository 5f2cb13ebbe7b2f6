import { z } from "zod";

const blankIsUnset = (v: unknown) => (v === "" ? undefined : v);

/** Embeddings for hybrid resume search; off by default (lexical BM25 alone). */
export const embeddingsSettingsSchema = z.object({
  EMBEDDINGS_PROVIDER: z.enum(["none", "openai-compatible"]).default("none"),
  /** Including the version path: https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama). */
  EMBEDDINGS_BASE_URL: z.preprocess(blankIsUnset, z.url().optional()),
  EMBEDDINGS_MODEL: z.preprocess(blankIsUnset, z.string().optional()),
  EMBEDDINGS_API_KEY: z.preprocess(blankIsUnset, z.string().optional()),
});
export type EmbeddingsSettings = z.infer<typeof embeddingsSettingsSchema>;
