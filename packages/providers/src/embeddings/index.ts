export { type EmbeddingsSettings, embeddingsSettingsSchema } from "./embeddings-settings";
export { createEmbedder, type Embedder, embeddingsStatus } from "./openai-embeddings";
