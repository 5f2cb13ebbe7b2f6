import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { HostView } from "./bwrap-args";

/** A copy nobody has executed (atime, relatime: updated at least daily on use) or written for this long
 * belongs to no running server: removed when a server publishes its own. */
const STALE_MS = 2 * 24 * 3600 * 1000;

function ownedAndNotWritableByOthers(path: string, directory: boolean): boolean {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat || (directory ? !stat.isDirectory() : !stat.isFile())) return false;
  return stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0;
}

/** Earlier versions' copies (and partial writes) that have not been used for STALE_MS. */
function removeStaleCopies(dir: string, current: string, now = Date.now()): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === current || !/^supervisor-[0-9a-f]{16}(\.\d+\.tmp)?$/.test(name)) continue;
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile() || now - Math.max(stat.atimeMs, stat.mtimeMs) < STALE_MS) continue;
    rmSync(path, { force: true });
  }
}

/**
 * A read-only copy of the supervisor binary that every sandbox's uid can reach, so bubblewrap bind-mounts
 * it (shared page cache, nothing copied per run) instead of copying it from a descriptor into each
 * sandbox (--ro-bind-data). The private cache may sit where the run uids cannot look (/root/.cache).
 * The folder is ours and writable by nobody else, so no other user can swap the file; its content is
 * public anyway (this source). Undefined when such a folder cannot be had (someone else created the
 * name first): the sandbox then gets the binary on a descriptor as before.
 */
export function publishSupervisor(
  binary: Buffer,
  dir = join(tmpdir(), `studio-sandbox-bin-${process.getuid?.()}`),
) {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    if (!ownedAndNotWritableByOthers(dir, true)) return undefined;
    const path = join(dir, `supervisor-${createHash("sha256").update(binary).digest("hex").slice(0, 16)}`);
    removeStaleCopies(dir, path);
    if (ownedAndNotWritableByOthers(path, false)) return path;
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, binary, { mode: 0o555 });
    renameSync(partial, path);
    return ownedAndNotWritableByOthers(path, false) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The view with its supervisor copy in place: a server that published long ago may find it removed
 * as stale by another server's start-up (removeStaleCopies), and writes it again (or, failing that,
 * has bubblewrap copy the binary from a descriptor).
 */
export function withSupervisorCopy(view: HostView, binary: Buffer): HostView {
  if (!view.supervisor || existsSync(view.supervisor)) return view;
  const { supervisor, ...rest } = view;
  const path = publishSupervisor(binary, dirname(supervisor));
  return path ? { ...rest, supervisor: path } : rest;
}
