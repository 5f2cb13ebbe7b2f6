import { mkdir, open, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import type { ByteRange } from "./byte-range";

/** A stored recording's bytes, or the part a `Range` asked for. */
export type RecordingRead =
  | { kind: "stream"; body: Readable }
  /** The row is there but the bytes are not (removed from the bucket by hand). */
  | { kind: "missing" };

/**
 * Where recording bytes live. Keys are `user/session/question` built from ids the server checked, so a
 * key can never leave the store's root; prefixes remove a whole session or account at once.
 */
export interface RecordingStore {
  /** "disk" or "s3", shown in /api/status. */
  readonly provider: string;
  /** Where the bytes go, for /api/status (never a secret). */
  readonly location: string;
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes of a key, or only those of `range` (already checked against the object's size). */
  read(key: string, range: ByteRange | null): Promise<RecordingRead>;
  remove(key: string): Promise<void>;
  removePrefix(prefix: string): Promise<void>;
  /** Every key under the root, or only those last written before `before` (to sweep bytes whose row is gone). */
  keys(before?: Date): Promise<string[]>;
}

const writtenBefore = async (path: string, before: Date) =>
  ((await stat(path).catch(() => null))?.mtimeMs ?? Number.POSITIVE_INFINITY) < before.getTime();

const SAFE_SEGMENT = /^[A-Za-z0-9_.:-]{1,128}$/;

/** One path segment of a key: ids are UUIDs and question ids, never "." or "..". */
export function keySegment(value: string): string {
  if (!SAFE_SEGMENT.test(value) || value === "." || value === "..") {
    return Buffer.from(value).toString("base64url");
  }
  return value;
}

export const recordingKey = (userId: string, sessionId: string, questionId: string) =>
  [userId, sessionId, questionId].map(keySegment).join("/");

/**
 * Recordings as files under DATA_DIR/recordings, written atomically (temp file + rename). The HTTP
 * layer serves them with `pathOf` (ETag and conditional requests too).
 */
export class FileRecordingStore implements RecordingStore {
  readonly provider = "disk";
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = resolve(dataDir, "recordings");
  }

  get location(): string {
    return this.root;
  }

  pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error("recording key escapes the store");
    return path;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(join(path, ".."), { recursive: true });
    const temp = `${path}.${process.pid}.${Date.now()}.part`;
    await writeFile(temp, bytes);
    await rename(temp, path);
  }

  async read(key: string, range: ByteRange | null): Promise<RecordingRead> {
    const handle = await open(this.pathOf(key), "r").catch(() => null);
    if (!handle) return { kind: "missing" };
    return { kind: "stream", body: handle.createReadStream(range ?? {}) };
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async removePrefix(prefix: string): Promise<void> {
    await rm(this.pathOf(prefix), { recursive: true, force: true });
  }

  async keys(before?: Date): Promise<string[]> {
    const entries = await readdir(this.root, { recursive: true, withFileTypes: true }).catch(() => []);
    const keys: string[] = [];
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.endsWith(".part")) continue;
      const path = join(entry.parentPath, entry.name);
      if (before && !(await writtenBefore(path, before))) continue;
      keys.push(
        path
          .slice(this.root.length + 1)
          .split(sep)
          .join("/"),
      );
    }
    return keys;
  }
}
