import { readdirSync, readFileSync } from "node:fs";

/** Host pids whose real uid is `uid`, read from /proc (zombies included: they still hold a pid). */
export function processesOfUid(uid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "latin1");
      const real = /^Uid:\s+(\d+)/m.exec(status)?.[1];
      if (real !== undefined && Number(real) === uid) pids.push(Number(name));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}

/** Kills whatever still runs as `uid` (root mode only: the uid belongs to the sandbox alone). */
export function killProcessesOfUid(uid: number): number {
  const pids = processesOfUid(uid);
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  return pids.length;
}

/**
 * Why these uids cannot serve as sandbox uids, if they cannot: a uid that owns an account or a running
 * process belongs to someone else, and the sandbox kills whatever runs under its uids.
 */
export function uidConflicts(uids: readonly number[]): string[] {
  let accounts = "";
  try {
    accounts = readFileSync("/etc/passwd", "utf8");
  } catch {
    // no passwd file to conflict with
  }
  const owners = new Map(
    accounts.split("\n").map((line) => [Number(line.split(":")[2]), line.split(":")[0]]),
  );
  return uids.flatMap((uid) => {
    const pids = processesOfUid(uid);
    const account = owners.get(uid);
    if (account) return [`uid ${uid} belongs to the account ${account}`];
    return pids.length ? [`uid ${uid} is used by running processes (${pids.slice(0, 3).join(", ")})`] : [];
  });
}
