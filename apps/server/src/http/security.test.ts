import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { docsArePublic, metricsGuard } from "./security";

describe("docs and metrics settings", () => {
  it("closes /metrics and /docs in production unless configured", () => {
    const production = loadConfig({ NODE_ENV: "production" });
    expect(metricsGuard(production)).toBeNull();
    expect(docsArePublic(production)).toBe(false);
    expect(docsArePublic(loadConfig({ NODE_ENV: "production", DOCS_PUBLIC: "true" }))).toBe(true);
    expect(metricsGuard(loadConfig({ NODE_ENV: "development" }))).not.toBeNull();
    expect(docsArePublic(loadConfig({ NODE_ENV: "development", DOCS_PUBLIC: "false" }))).toBe(false);
  });
});
