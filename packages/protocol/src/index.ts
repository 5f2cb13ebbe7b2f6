export * from "./auth";
export * from "./coding";
export * from "./common";
export * from "./evaluation";
export * from "./report";
export * from "./resume";
export * from "./session";
export * from "./status";
