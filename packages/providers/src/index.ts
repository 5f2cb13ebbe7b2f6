export * from "./llm";
export * from "./speech";
