import { readdirSync, readFileSync } from "node:fs";

/**
 * Sandboxes whose server died (SIGKILL, OOM kill, a crash mid-start): a bubblewrap caught between its
 * steps can outlive the server, reparented to init, waiting for a child that never comes, and holding
 * its uid's lock for good (seen on a CI host: every later run on that uid answered "busy"). Every live
 * sandbox's outermost process is a child of the server that started it, so a range process whose parent
 * is init (or a known init-like subreaper) has no one left to read its result: it is killed.
 */
const INIT_LIKE = /^(systemd|init|tini|dumb-init|docker-init|s6-svscan|catatonit)$/;

interface ProcessInfo {
  uid: number;
  ppid: number;
  comm: string;
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "latin1");
    const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
    const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
    const comm = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "";
    if (uid === undefined || ppid === undefined || /^State:\s+Z/m.test(status)) return undefined;
    return { uid: Number(uid), ppid: Number(ppid), comm };
  } catch {
    return undefined; // exited while we looked
  }
}

/** Pids of the range's processes left without their server. */
export function orphanedSandboxes(uids: readonly number[]): number[] {
  // A server that is itself pid 1 (a container's only process) is the parent of its live sandboxes.
  if (uids.length === 0 || process.pid === 1) return [];
  const range = new Set(uids);
  const orphans: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const info = readProcess(Number(name));
    if (!info || !range.has(info.uid)) continue;
    if (info.ppid === 1) {
      orphans.push(Number(name));
      continue;
    }
    const parent = readProcess(info.ppid);
    if (parent && !range.has(parent.uid) && INIT_LIKE.test(parent.comm)) orphans.push(Number(name));
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
