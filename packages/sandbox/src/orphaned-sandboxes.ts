import { allProcesses, processStatus } from "./process-scan";

/**
 * Sandboxes whose server died (SIGKILL, OOM kill, a crash mid-start): a bubblewrap caught between its
 * steps can outlive the server, reparented to init, waiting for a child that never comes, and holding
 * its uid's lock for good (seen on a CI host: every later run on that uid answered "busy"). Every live
 * sandbox's outermost process is a child of the server that started it, so a range process whose parent
 * is init (or a known init-like subreaper) has no one left to read its result: it is killed.
 */
const INIT_LIKE = /^(systemd|init|tini|dumb-init|docker-init|s6-svscan|catatonit)$/;

/** Pids of the range's processes left without their server. */
export function orphanedSandboxes(uids: readonly number[]): number[] {
  // A server that is itself pid 1 (a container's only process) is the parent of its live sandboxes.
  if (uids.length === 0 || process.pid === 1) return [];
  const range = new Set(uids);
  const orphans: number[] = [];
  for (const found of allProcesses()) {
    if (found.zombie || !range.has(found.uid)) continue;
    if (found.ppid === 1) {
      orphans.push(found.pid);
      continue;
    }
    const parent = processStatus(found.ppid);
    if (parent && !parent.zombie && !range.has(parent.uid) && INIT_LIKE.test(parent.name))
      orphans.push(found.pid);
  }
  return orphans;
}

/**
 * Kills the range's orphaned sandboxes; returns how many. Killing the outermost bubblewrap takes the
 * rest (its child dies with its parent, and the pid namespace with its pid 1).
 */
export function reapOrphanedSandboxes(uids: readonly number[]): number {
  const orphans = orphanedSandboxes(uids);
  for (const pid of orphans) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // gone already
    }
  }
  return orphans.length;
}
