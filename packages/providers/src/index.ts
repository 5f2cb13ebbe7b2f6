export * from "./llm";
