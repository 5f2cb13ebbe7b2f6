import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const FLAGS = ["-O2", "-std=gnu17", "-Wall"];
const SOURCE = fileURLToPath(new URL("../native/supervisor.c", import.meta.url));
/** Included by the source: part of what the cached build depends on. */
const HEADERS = ["seccomp-filter.h", "inner-init.h"].map((name) =>
  fileURLToPath(new URL(`../native/${name}`, import.meta.url)),
);

export function defaultCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "studio-sandbox");
}

/** The cache holds a binary every sandbox runs: it must be ours and writable by nobody else. */
function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  const uid = process.getuid?.() ?? stat.uid;
  if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o022) !== 0) {
    throw new Error(
      `supervisor cache ${dir} must be a directory owned by uid ${uid}, not group/world-writable`,
    );
  }
}

/** Builds of earlier supervisor sources: the cache keeps only the current one. */
function removeOlderBuilds(cacheDir: string, current: string): void {
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (/^supervisor-[0-9a-f]{16}$/.test(name) && path !== current) rmSync(path, { force: true });
  }
}

/**
 * The supervisor binary's bytes, compiled once per source version into the cache dir. The sandbox gets it
 * on a descriptor, so the cache never needs to be reachable by the sandbox's uid.
 */
export function loadSupervisor(cacheDir: string, compiler: string): Buffer {
  const source = readFileSync(SOURCE);
  const hash = createHash("sha256").update(source).update(compiler).update(FLAGS.join(" "));
  for (const header of HEADERS) hash.update(readFileSync(header));
  const digest = hash.digest("hex").slice(0, 16);
  ensurePrivateDir(cacheDir);
  const binary = join(cacheDir, `supervisor-${digest}`);
  try {
    if (lstatSync(binary).isFile()) return readFileSync(binary);
  } catch {
    // not built yet
  }
  const partial = `${binary}.${process.pid}.tmp`;
  const compile = (extra: string[]) =>
    spawnSync(compiler, [...FLAGS, ...extra, "-o", partial, SOURCE], { encoding: "utf8", timeout: 60_000 });
  // Static when the host has libc.a: every run execs the supervisor, and dynamic loading costs ~1 ms of
  // CPU per exec here (mapping libc, relocations: page faults are slow on a virtualised host).
  let build = compile(["-static", "-s"]);
  if (build.status !== 0) build = compile([]);
  if (build.status !== 0) {
    rmSync(partial, { force: true });
    throw new Error(`cannot compile the sandbox supervisor: ${build.stderr || build.error?.message}`);
  }
  renameSync(partial, binary);
  removeOlderBuilds(cacheDir, binary);
  return readFileSync(binary);
}
