import { describe, expect, it } from "vitest";
import { sanitizeText } from "./sanitize-text";

describe("sanitizeText", () => {
  it("replaces NUL, invalid UTF-8 and lone surrogates, and keeps everything else", () => {
    expect(sanitizeText(Buffer.from([0x61, 0x00, 0x62]))).toBe("a\uFFFDb");
    expect(sanitizeText(Buffer.from([0x61, 0xff, 0xc3, 0x28]))).toBe("a\uFFFD\uFFFD(");
    expect(sanitizeText("x\uD800y\uDC00")).toBe("x\uFFFDy\uFFFD");
    expect(sanitizeText("한국어 😀\ttab\nline")).toBe("한국어 😀\ttab\nline");
  });
});
