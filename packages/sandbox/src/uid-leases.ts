import { closeSync, constants, lstatSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import { SandboxFailure, SandboxUnavailableError } from "./sandbox-errors";

/**
 * The host uids sandboxes may run as (root mode), shared by every server and worker on the host. Each
 * slot is two uids: base + 2 * slot for the supervisor, the next for the program, so a program never
 * runs as its supervisor's uid.
 */
export interface UidRange {
  base: number;
  slots: number;
  /** Holds one lock file per uid; every process using the range must use the same folder. */
  lockDir: string;
}

export const DEFAULT_UID_RANGE: UidRange = { base: 60_000, slots: 32, lockDir: "/run/studio-sandbox" };

/** A slot this process means to run as, with its lock file open. The supervisor takes the lock (flock). */
export interface UidLease {
  /** The supervisor's host uid (bwrap runs as it); the slot's lock is named after it. */
  uid: number;
  /** The program's host uid. */
  programUid: number;
  lockFd: number;
  release(): void;
}

function ensureLockDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0) {
    throw new Error(`uid lock folder ${dir} must be a directory of ours, not group/world-writable`);
  }
}

function openLock(path: string): number {
  try {
    return openSync(path, constants.O_RDWR | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
  } catch (error) {
    throw new SandboxFailure(`cannot open the uid lock ${path}: ${(error as Error).message}`);
  }
}

/**
 * Hands out uids of the range. Within this process a uid is never handed out twice at once; across
 * processes the lock decides: the supervisor flocks the uid's file (held until the sandbox's last process
 * is gone, released by the kernel even if the server dies), and a run that finds it held reports "busy"
 * without running anything, so the caller takes the next uid.
 */
export class UidLeases {
  private readonly leased = new Set<number>();
  private next = 0;

  constructor(readonly range: UidRange) {}

  /** Every host uid of the range, supervisors' and programs'. */
  get uids(): number[] {
    return Array.from({ length: 2 * this.range.slots }, (_, i) => this.range.base + i);
  }

  /** Throws when the lock folder cannot be ours (created, owned, private). */
  check(): void {
    ensureLockDir(this.range.lockDir);
  }

  /** The next slot this process is not using; undefined when it uses them all. */
  lease(skip: ReadonlySet<number> = new Set()): UidLease | undefined {
    try {
      this.check();
    } catch (error) {
      throw new SandboxUnavailableError(error instanceof Error ? error.message : String(error));
    }
    for (let tried = 0; tried < this.range.slots; tried++) {
      const slot = (this.next + tried) % this.range.slots;
      const uid = this.range.base + 2 * slot;
      if (this.leased.has(uid) || skip.has(uid)) continue;
      this.next = (slot + 1) % this.range.slots;
      const path = join(this.range.lockDir, `uid-${uid}.lock`);
      const lockFd = openLock(path);
      this.leased.add(uid);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        closeSync(lockFd);
        this.leased.delete(uid);
      };
      return { uid, programUid: uid + 1, lockFd, release };
    }
    return undefined;
  }
}
