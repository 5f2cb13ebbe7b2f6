import { describe, expect, it } from "vitest";
import { parseByteRange } from "./byte-range";

describe("parseByteRange", () => {
  it("reads the three single-range forms and clamps the end to the object", () => {
    expect(parseByteRange("bytes=0-99", 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange("bytes=990-", 1000)).toEqual({ start: 990, end: 999 });
    expect(parseByteRange("bytes=-10", 1000)).toEqual({ start: 990, end: 999 });
    expect(parseByteRange("bytes=-5000", 1000)).toEqual({ start: 0, end: 999 });
    expect(parseByteRange("bytes=500-99999", 1000)).toEqual({ start: 500, end: 999 });
    expect(parseByteRange(" bytes=999-999 ", 1000)).toEqual({ start: 999, end: 999 });
  });

  it("says unsatisfiable for a range starting past the end or an empty suffix", () => {
    expect(parseByteRange("bytes=1000-", 1000)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=2000-3000", 1000)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=-0", 1000)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=-5", 0)).toBe("unsatisfiable");
  });

  it("ignores what it does not serve: no header, several ranges, other units, reversed or malformed", () => {
    for (const header of [
      undefined,
      "",
      "bytes=0-1,5-9",
      "items=0-5",
      "bytes=9-2",
      "bytes=-",
      "bytes=a-b",
      "0-9",
    ]) {
      expect(parseByteRange(header, 1000), String(header)).toBeNull();
    }
  });
});
