import { describe, expect, it } from "vitest";
import { decodeArchive, encodeArchive, isArchiveName } from "./file-archive";

describe("file archive", () => {
  it("round-trips files with their modes", () => {
    const archive = encodeArchive([
      { name: "main.py", data: "print('hi')\n" },
      { name: "main", data: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 10]), mode: 0o755 },
      { name: "Main$Inner.class", data: "" },
    ]);
    const files = decodeArchive(archive);
    expect(files.map((f) => [f.name, f.mode, Buffer.from(f.data).length])).toEqual([
      ["main.py", 0o644, 12],
      ["main", 0o755, 6],
      ["Main$Inner.class", 0o644, 0],
    ]);
  });

  it("refuses names that could leave the folder", () => {
    for (const name of ["../x", "/etc/passwd", "a/b", "..", ".", "", "a b", "x\n1 644 y"]) {
      expect(isArchiveName(name)).toBe(false);
      expect(() => encodeArchive([{ name, data: "x" }])).toThrow();
    }
  });

  it("rejects truncated or malformed archives", () => {
    expect(() => decodeArchive(Buffer.from("10 644 a\nshort"))).toThrow();
    expect(() => decodeArchive(Buffer.from("1 644 ../a\nx"))).toThrow();
    expect(() => decodeArchive(Buffer.from("garbage"))).toThrow();
  });
});
