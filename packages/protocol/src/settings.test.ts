import { describe, expect, it } from "vitest";
import { z } from "zod";
import { optionalString, optionalUrl, unsetIfEmpty } from "./settings";

describe("settings: empty means unset", () => {
  it("reads an empty or missing value as unset, and checks a given one", () => {
    expect(optionalString.parse("")).toBeUndefined();
    expect(optionalString.parse(undefined)).toBeUndefined();
    expect(optionalString.parse(" x ")).toBe(" x ");
    expect(optionalUrl.parse("")).toBeUndefined();
    expect(optionalUrl.parse("http://127.0.0.1:11434/v1")).toBe("http://127.0.0.1:11434/v1");
    expect(() => optionalUrl.parse("not a url")).toThrow();
    const rate = unsetIfEmpty(z.coerce.number().int().positive());
    expect(rate.parse("")).toBeUndefined();
    expect(rate.parse("16000")).toBe(16000);
    expect(() => rate.parse("-1")).toThrow();
  });
});
