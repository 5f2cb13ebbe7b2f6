export * from "./embeddings";
export * from "./llm";
export * from "./speech";
