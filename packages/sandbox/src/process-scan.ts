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

/**
 * Why these uids cannot serve as sandbox uids, if they cannot: a uid that owns an account belongs to
 * someone else. (Running processes are no conflict: they may be another server's sandboxes, and the
 * uid locks keep runs apart.)
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
    const account = owners.get(uid);
    return account ? [`uid ${uid} belongs to the account ${account}`] : [];
  });
}
