export * from "./auth";
export * from "./common";
export * from "./evaluation";
export * from "./report";
export * from "./session";
export * from "./status";
