import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config";

describe("ROLE", () => {
  it("defaults to one process doing everything", () => {
    expect(loadConfig({}).ROLE).toBe("all");
  });

  it("refuses a split role without the settings every node must share, naming each", () => {
    for (const role of ["api", "worker"]) {
      const error = (() => {
        try {
          loadConfig({ ROLE: role });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      for (const key of ["REDIS_URL", "DATABASE_URL", "SESSION_SECRET"]) expect(problems).toContain(key);
    }
  });

  it("starts a split role when the shared settings are there", () => {
    const config = loadConfig({
      ROLE: "worker",
      REDIS_URL: "redis://127.0.0.1:6379",
      DATABASE_URL: "postgres://studio@127.0.0.1/studio",
      SESSION_SECRET: "a-secret-of-enough-length",
    });
    expect(config.ROLE).toBe("worker");
  });

  it("refuses an unknown role", () => {
    expect(() => loadConfig({ ROLE: "scheduler" })).toThrow(/ROLE/);
  });
});
