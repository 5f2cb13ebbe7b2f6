import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function ownedAndNotWritableByOthers(path: string, directory: boolean): boolean {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat || (directory ? !stat.isDirectory() : !stat.isFile())) return false;
  return stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0;
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
    if (ownedAndNotWritableByOthers(path, false)) return path;
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, binary, { mode: 0o555 });
    renameSync(partial, path);
    return ownedAndNotWritableByOthers(path, false) ? path : undefined;
  } catch {
    return undefined;
  }
}
