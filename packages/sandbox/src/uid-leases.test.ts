import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UidLeases } from "./uid-leases";

const lockDir = join(mkdtempSync(join(tmpdir(), "uid-leases-")), "locks");
afterAll(() => rmSync(join(lockDir, ".."), { recursive: true, force: true }));

describe("UidLeases", () => {
  it("hands out each slot (a supervisor uid and a program uid) once at a time, skipping busy ones", () => {
    const leases = new UidLeases({ base: 70_000, slots: 3, lockDir });
    const a = leases.lease()!;
    const b = leases.lease(new Set([70_002]))!;
    expect([a.uid, a.programUid, b.uid, b.programUid]).toEqual([70_000, 70_001, 70_004, 70_005]);
    expect(leases.lease(new Set([70_002]))).toBeUndefined();
    a.release();
    expect(leases.lease()?.uid).toBe(70_000);
    expect(readdirSync(lockDir).sort()).toEqual(["uid-70000.lock", "uid-70004.lock"]);
    expect(leases.uids).toEqual([70_000, 70_001, 70_002, 70_003, 70_004, 70_005]);
  });
});
