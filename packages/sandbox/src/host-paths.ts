import { spawnSync } from "node:child_process";
import { closeSync, existsSync, lstatSync, openSync, readlinkSync, readSync, realpathSync } from "node:fs";
import { delimiter, dirname, join, sep } from "node:path";

/** Runs a trusted host tool (a compiler asked for its version or paths) and returns its output. */
export function runTool(command: string, args: string[]): { stdout: string; stderr: string; ok: boolean } {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 15_000, maxBuffer: 1 << 20 });
  return { stdout: result.stdout ?? "", stderr: result.stderr ?? "", ok: result.status === 0 };
}

export function isElfFile(path: string): boolean {
  try {
    const fd = openSync(path, "r");
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    closeSync(fd);
    return head.toString("latin1") === "\x7fELF";
  } catch {
    return false;
  }
}

/**
 * The real binary behind a command name: looked up on PATH, symlinks resolved, and only if it is an ELF
 * executable (a pyenv shim or wrapper script would run host code outside the toolchain we bind).
 */
export function findBinary(name: string, candidates: string[] = []): string | undefined {
  const onPath = (process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, name));
  for (const candidate of [...candidates, ...onPath]) {
    if (!candidate || !existsSync(candidate)) continue;
    const real = realpathSync(candidate);
    if (isElfFile(real)) return real;
  }
  return undefined;
}

export function isInside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** Drops paths that another path in the list already contains. */
export function outermost(paths: Iterable<string>): string[] {
  const unique = [...new Set(paths)].sort();
  return unique.filter((path) => !unique.some((other) => other !== path && isInside(path, other)));
}

/** Directories that hold the shared libraries a binary loads, as seen through ldd. */
export function libraryDirs(binary: string): string[] {
  const { stdout } = runTool("ldd", [binary]);
  const dirs: string[] = [];
  for (const match of stdout.matchAll(/(\/\S+)\s+\(0x/g)) {
    const lib = match[1]!;
    if (!existsSync(lib)) continue;
    dirs.push(realpathSync(dirname(lib)), dirname(realpathSync(lib)));
  }
  return dirs;
}

/** Top-level links of a merged-/usr system (/lib -> usr/lib), mirrored so absolute library paths resolve. */
export function topLevelSymlinks(): Array<{ target: string; path: string }> {
  const links: Array<{ target: string; path: string }> = [];
  for (const name of ["bin", "sbin", "lib", "lib32", "lib64", "libx32"]) {
    const path = `/${name}`;
    try {
      if (lstatSync(path).isSymbolicLink()) links.push({ target: readlinkSync(path), path });
    } catch {
      // absent on this system
    }
  }
  return links;
}
