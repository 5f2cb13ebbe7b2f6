import { describe, expect, it } from "vitest";
import { z } from "zod";
import { findUnsafeText, normalizeEmail, refuseUnsafeText, stripUnsafeText } from "./text-hygiene";

describe("text hygiene", () => {
  it("finds NUL and unpaired surrogates anywhere, keys included, and leaves paired ones alone", () => {
    expect(findUnsafeText({ a: ["ok", { b: "x\u0000" }] })).toBe("a.1.b");
    expect(findUnsafeText({ "k\ud800": 1 })).toBe("(key)");
    expect(findUnsafeText("end \ud83d")).toBe("(value)");
    expect(findUnsafeText("\ude80 start")).toBe("(value)");
    expect(findUnsafeText({ text: "한국어 🚀 emoji", n: 3, nothing: null })).toBeNull();
  });

  it("refuses them through any schema, and strips them from program output", () => {
    const schema = refuseUnsafeText(z.object({ name: z.string() }));
    expect(schema.safeParse({ name: "Kim" }).success).toBe(true);
    const refused = schema.safeParse({ name: "Kim\u0000" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/name: contains a NUL byte/);
    expect(stripUnsafeText("a\u0000b\ud800c🚀")).toBe("abc🚀");
  });

  it("normalises emails to one form: NFKC, trimmed, lower case", () => {
    expect(normalizeEmail("  Boss@Example.COM ")).toBe("boss@example.com");
    expect(normalizeEmail("ＢＯＳＳ＠ｅｘａｍｐｌｅ.com")).toBe("boss@example.com");
  });
});
