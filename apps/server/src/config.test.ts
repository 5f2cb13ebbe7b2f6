import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configSchema, loadConfig } from "./config";

const example = readFileSync(new URL("../../../.env.example", import.meta.url), "utf8");
const exampleEnv = Object.fromEntries(
  example
    .split("\n")
    .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
);

describe(".env.example", () => {
  it("documents every setting the server reads", () => {
    const documented = Object.keys(exampleEnv);
    for (const key of Object.keys(configSchema.shape)) expect(documented, key).toContain(key);
  });

  it("is itself a valid configuration (copying it to .env changes nothing)", () => {
    const config = loadConfig(exampleEnv);
    expect(config.PORT).toBe(8000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.LLM_PROVIDER).toBe("rules");
  });
});

describe("TRUST_PROXY", () => {
  it("takes false, a hop count (true = one hop, never 'anyone') or a list of proxy addresses/CIDRs", () => {
    const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).TRUST_PROXY;
    expect(trust("false")).toBe(false);
    expect(trust("true")).toBe(1);
    expect(trust("2")).toBe(2);
    expect(trust("10.0.0.0/8, 127.0.0.1,::1")).toEqual(["10.0.0.0/8", "127.0.0.1", "::1"]);
    expect(() => trust("everyone")).toThrow(/TRUST_PROXY/);
  });
});
