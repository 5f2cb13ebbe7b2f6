import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { publishSupervisor, withSupervisorCopy } from "./supervisor-public";

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "supervisor-public-"));
  dirs.push(dir);
  return join(dir, "bin");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("public supervisor copies", () => {
  it("removes earlier copies unused for days, keeps recent ones and foreign files", () => {
    const dir = folder();
    publishSupervisor(Buffer.from("v1"), dir);
    const old = join(dir, "supervisor-00000000000000aa");
    const partial = join(dir, "supervisor-00000000000000bb.123.tmp");
    const recent = join(dir, "supervisor-00000000000000cc");
    const foreign = join(dir, "notes.txt");
    for (const path of [old, partial, recent, foreign]) writeFileSync(path, "x");
    const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000);
    for (const path of [old, partial, foreign]) utimesSync(path, threeDaysAgo, threeDaysAgo);
    const current = publishSupervisor(Buffer.from("v2"), dir);
    expect(current && existsSync(current)).toBe(true);
    expect([old, partial].map(existsSync)).toEqual([false, false]);
    expect([recent, foreign].map(existsSync)).toEqual([true, true]);
  });

  it("writes the copy again when it was removed under a running server", () => {
    const binary = Buffer.from("v3");
    const path = publishSupervisor(binary, folder())!;
    rmSync(path);
    const view = withSupervisorCopy({ binds: [], renamed: [], symlinks: [], supervisor: path }, binary);
    expect(view.supervisor).toBe(path);
    expect(existsSync(path)).toBe(true);
  });
});
