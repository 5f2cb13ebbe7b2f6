import { readdirSync, readFileSync } from "node:fs";

/** What /proc says of one host process. */
export interface ProcessStatus {
  pid: number;
  /** Real uid. */
  uid: number;
  ppid: number;
  name: string;
  zombie: boolean;
}

/** One process's status, or undefined when it exited while we looked. */
export function processStatus(pid: number): ProcessStatus | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "latin1");
    const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
    const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
    if (uid === undefined || ppid === undefined) return undefined;
    const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "";
    return { pid, uid: Number(uid), ppid: Number(ppid), name, zombie: /^State:\s+Z/m.test(status) };
  } catch {
    return undefined;
  }
}

/** Every host process's status, read from /proc. */
export function allProcesses(): ProcessStatus[] {
  return readdirSync("/proc").flatMap((name) => {
    const found = /^\d+$/.test(name) ? processStatus(Number(name)) : undefined;
    return found ? [found] : [];
  });
}

/** Host pids whose real uid is `uid`, read from /proc (zombies included: they still hold a pid). */
export function processesOfUid(uid: number): number[] {
  return allProcesses()
    .filter((p) => p.uid === uid)
    .map((p) => p.pid);
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
