/**
 * The stream format between host and supervisor: for each file a header "<size> <octal mode> <name>\n"
 * and its bytes. Names are plain (no slashes); the supervisor checks them again before creating anything.
 */
export interface ArchiveFile {
  name: string;
  data: Buffer | string;
  mode?: number;
}

const NAME = /^[A-Za-z0-9._$-]{1,128}$/;

export function isArchiveName(name: string): boolean {
  return NAME.test(name) && name !== "." && name !== "..";
}

export function encodeArchive(files: ArchiveFile[]): Buffer {
  const parts: Buffer[] = [];
  for (const file of files) {
    if (!isArchiveName(file.name)) throw new Error(`invalid file name ${JSON.stringify(file.name)}`);
    const data = typeof file.data === "string" ? Buffer.from(file.data, "utf8") : file.data;
    const mode = (file.mode ?? 0o644).toString(8);
    parts.push(Buffer.from(`${data.length} ${mode} ${file.name}\n`, "latin1"), data);
  }
  return Buffer.concat(parts);
}

/** Splits an archive back into files (used by tests and to list what a compiler produced). */
export function decodeArchive(archive: Buffer): ArchiveFile[] {
  const files: ArchiveFile[] = [];
  let offset = 0;
  while (offset < archive.length) {
    const end = archive.indexOf(10, offset);
    const match = end < 0 ? null : /^(\d+) ([0-7]+) (\S+)$/.exec(archive.toString("latin1", offset, end));
    if (!match) throw new Error("malformed archive header");
    const size = Number(match[1]);
    const data = archive.subarray(end + 1, end + 1 + size);
    if (data.length !== size || !isArchiveName(match[3]!)) throw new Error("malformed archive entry");
    files.push({ name: match[3]!, mode: Number.parseInt(match[2]!, 8), data });
    offset = end + 1 + size;
  }
  return files;
}
