import { spawnSync } from "node:child_process";
import { closeSync, constants, mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSandbox } from "./create-sandbox";
import { leftoverProcesses } from "./host-leftovers";
import { orphanedSandboxes } from "./orphaned-sandboxes";

/**
 * A server killed mid-start can leave a bubblewrap reparented to init, holding its uid's lock (on this
 * host, 6 of 24 SIGKILLs of a server looping over runs left one). The next server on the host must
 * reclaim the uid instead of answering "busy" forever, and must never touch a live server's sandboxes.
 */
const ROOT = process.getuid?.() === 0;
const lockDir = mkdtempSync(join(tmpdir(), "orphan-locks-"));
const BASE = 63_200;
const RANGE = [BASE, BASE + 1];

/** A process of the range's supervisor uid, parent gone, holding the uid's lock like a stuck bwrap. */
function leaveOrphanHoldingLock(): void {
  const lockFd = openSync(join(lockDir, `uid-${BASE}.lock`), constants.O_RDWR | constants.O_CREAT, 0o600);
  const started = spawnSync("sh", ["-c", "flock -n 3 || exit 7; (sleep 600 &); exit 0"], {
    stdio: ["ignore", "ignore", "inherit", lockFd],
    uid: BASE,
    gid: BASE,
  });
  closeSync(lockFd);
  expect(started.status, "the stand-in orphan took the lock").toBe(0);
}

describe.runIf(ROOT)("sandboxes left by a dead server", () => {
  afterAll(async () => {
    spawnSync("pkill", ["-KILL", "-U", String(BASE)]);
    await leftoverProcesses(RANGE);
  });

  it("frees the uid a dead server's sandbox holds, and the next run on it succeeds", async () => {
    leaveOrphanHoldingLock();
    expect(orphanedSandboxes(RANGE)).toHaveLength(1);
    // One slot only: without reclaiming it, every run would answer "busy".
    const sandbox = createSandbox({ uidBase: BASE, uidSlots: 1, concurrency: 1, uidLockDir: lockDir });
    const result = await sandbox.execute({ language: "python", source: "print(6 * 7)\n" });
    expect(result).toMatchObject({ status: "ok", stdout: "42\n" });
    expect(orphanedSandboxes(RANGE)).toEqual([]);
    await sandbox.close();
  });

  it("leaves a live server's running sandbox alone", async () => {
    const live = createSandbox({ uidBase: BASE, uidSlots: 1, concurrency: 1, uidLockDir: lockDir });
    // A roomy wall clock (11 s): on a busy host the 1.5 s sleep must still end as it should.
    const source = "import time\ntime.sleep(1.5)\nprint('kept')\n";
    const running = live.execute({ language: "python", source }, { timeMs: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(orphanedSandboxes(RANGE)).toEqual([]);
    expect(await running).toMatchObject({ status: "ok", stdout: "kept\n" });
    await live.close();
  });
});
