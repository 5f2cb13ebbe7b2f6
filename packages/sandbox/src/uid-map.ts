import { writeFileSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { PROGRAM_UID, SANDBOX_UID } from "./bwrap-args";

/** Root mode: the two host uids of one run, the supervisor's and the program's. */
export interface RunUids {
  supervisor: number;
  program: number;
}

/** The uid_map (and gid_map) of a sandbox: the supervisor's and the program's ids, one host id each. */
export function uidMapText(uids: RunUids): string {
  return `${SANDBOX_UID} ${uids.supervisor} 1\n${PROGRAM_UID} ${uids.program} 1\n`;
}

/** The sandbox's first process, from bubblewrap's --info-fd JSON (undefined until it has arrived). */
export function childPidOf(info: string): number | undefined {
  const match = /"child-pid":\s*(\d+)/.exec(info);
  return match ? Number(match[1]) : undefined;
}

/**
 * Waits for bubblewrap to report its child (on `info`), writes that user namespace's two-uid map (root
 * may map any host uid; bubblewrap alone maps only its own), then lets bubblewrap go on `unblock`.
 * Calls onFailure when the map cannot be written (or beforeStart throws): the sandbox must not start as
 * a single uid, nor outside its cgroup.
 */
export function mapUidsWhenReady(
  info: Readable,
  unblock: Writable,
  uids: RunUids,
  onFailure: (reason: string) => void,
  /** Runs while the sandbox's first process waits, before it has forked anything (cgroup placement). */
  beforeStart?: (pid: number) => void,
) {
  let text = "";
  let mapped = false;
  unblock.on("error", () => {});
  info.on("error", () => {});
  info.on("data", (chunk: Buffer) => {
    if (mapped) return;
    text += chunk.toString("utf8");
    const pid = childPidOf(text);
    if (pid === undefined) return;
    mapped = true;
    try {
      const map = uidMapText(uids);
      writeFileSync(`/proc/${pid}/uid_map`, map);
      writeFileSync(`/proc/${pid}/gid_map`, map);
      beforeStart?.(pid);
      unblock.end("1");
    } catch (error) {
      onFailure(`cannot set up the sandbox's uids or cgroup: ${(error as Error).message}`);
    }
  });
}
