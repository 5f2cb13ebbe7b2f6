import { optionalString, optionalUrl } from "@studio/protocol";
import { z } from "zod";

/** Embeddings for hybrid resume search; off by default (lexical BM25 alone). */
export const embeddingsSettingsSchema = z.object({
  EMBEDDINGS_PROVIDER: z.enum(["none", "openai-compatible"]).default("none"),
  /** Including the version path: https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama). */
  EMBEDDINGS_BASE_URL: optionalUrl,
  EMBEDDINGS_MODEL: optionalString,
  EMBEDDINGS_API_KEY: optionalString,
});
export type EmbeddingsSettings = z.infer<typeof embeddingsSettingsSchema>;
