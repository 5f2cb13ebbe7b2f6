import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { allProcesses } from "./process-scan";

/** Host processes still running as any of the uids, after waiting up to `waitMs` for them to exit. */
export async function leftoverProcesses(uids: readonly number[], waitMs = 2000): Promise<number[]> {
  const deadline = Date.now() + waitMs;
  const range = new Set(uids);
  for (;;) {
    // One read of /proc per look, not one per uid (a range has 64).
    const pids = allProcesses()
      .filter((p) => range.has(p.uid))
      .map((p) => p.pid);
    if (pids.length === 0 || Date.now() > deadline) return pids;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Files on the host owned by any of the uids under the given folders (the sandbox should never leave one). */
export function leftoverFiles(uids: readonly number[], dirs = ["/tmp", "/var/tmp", "/dev/shm"]): string[] {
  if (uids.length === 0) return [];
  const owners = uids.flatMap((uid, i) => (i === 0 ? ["-uid", String(uid)] : ["-o", "-uid", String(uid)]));
  const found = spawnSync("find", [...dirs, "-xdev", "(", ...owners, ")", "-print"], { encoding: "utf8" });
  return found.stdout.split("\n").filter(Boolean);
}

/** Memory held by tmpfs and shared memory on the host, from /proc/meminfo. */
export function sharedMemoryKb(): number {
  const match = /^Shmem:\s+(\d+) kB/m.exec(readFileSync("/proc/meminfo", "utf8"));
  return Number(match?.[1] ?? 0);
}
