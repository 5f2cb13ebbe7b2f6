import { statSync } from "node:fs";
import type { PhaseLimits } from "./limits";

/** Descriptors the host hands the sandbox, besides stdin, stdout and stderr. */
export const FD = { result: 3, unpack: 4, supervisor: 5, pack: 6, lock: 7, usernsBlock: 8, info: 9 } as const;

export const WORK_DIR = "/work";
export const SUPERVISOR_PATH = "/sandbox/supervisor";
/** The user inside the sandbox; on the host it maps to the run's uid (root mode) or the server's uid. */
export const SANDBOX_UID = 1000;
/** Root mode: the program's own uid inside (the host maps it to a second host uid of the lease). */
export const PROGRAM_UID = 1001;
/** What the supervisor keeps in root mode and the program never has: to become PROGRAM_UID, to give it
 * /work, and to kill its processes (another uid) at the end. */
const SUPERVISOR_CAPS = ["CAP_SETUID", "CAP_SETGID", "CAP_KILL", "CAP_CHOWN"];
/** Both modes: to put the program in a pid and mount namespace of its own, below the supervisor's, with
 * a fresh /proc (native/inner-init.h). Only in the sandbox's user namespace; the program drops it. */
const NAMESPACE_CAPS = ["--cap-add", "CAP_SYS_ADMIN"];

/** The slice of the host a sandbox sees, all of it read-only. */
export interface HostView {
  binds: string[];
  renamed: Array<{ from: string; to: string }>;
  symlinks: Array<{ target: string; path: string }>;
  /** A host copy of the supervisor every run uid can read (supervisor-public.ts): bind-mounted. Without
   * it the supervisor's bytes come on FD.supervisor and bubblewrap copies them into the sandbox. */
  supervisor?: string;
}

export interface PhaseCommand {
  /** The program and its arguments, as paths inside the sandbox. */
  argv: string[];
  limits: PhaseLimits;
  /** Root mode: the supervisor takes the run uid's host-wide lock on descriptor FD.lock. */
  lockUid?: boolean;
  /**
   * Root mode: the supervisor and the program get different uids. The host writes the sandbox's uid map
   * itself (SANDBOX_UID and PROGRAM_UID, see run-phase.ts) while bubblewrap waits on FD.usernsBlock.
   */
  twoUids?: boolean;
  /** A folder under /work whose files are sent back to the host (a compiler's output). */
  packDir?: string;
  packMaxKb?: number;
  nice: number;
}

const WRITABLE = [WORK_DIR, "/tmp", "/dev/shm"];
const MASKED_PROC_FILES = [
  "/proc/cmdline",
  "/proc/kallsyms",
  "/proc/modules",
  "/proc/keys",
  "/proc/key-users",
  "/proc/timer_list",
  "/proc/sched_debug",
  "/proc/locks",
].filter(worldReadable);

/** Files only root can read need no mask (each mask is one more mount per run). */
function worldReadable(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat !== undefined && (stat.mode & 0o004) !== 0;
}

/** The program's whole environment: nothing of the server's leaks in. */
export const SANDBOX_ENV: Record<string, string> = {
  PATH: "/usr/bin:/bin",
  HOME: WORK_DIR,
  TMPDIR: "/tmp",
  LANG: "C.UTF-8",
  LC_ALL: "C.UTF-8",
  // glibc reserves 64 MB of address space per malloc arena; two keep thread-heavy runtimes under rlimits.
  MALLOC_ARENA_MAX: "2",
};

/**
 * Bubblewrap cannot combine --disable-userns with a map written by the host; with two uids the seccomp
 * filter (no unshare, setns, clone with CLONE_NEW*, clone3) is what keeps the program from new user
 * namespaces.
 */
function userNamespaceArgs(twoUids: boolean): string[] {
  if (!twoUids) return ["--disable-userns", ...NAMESPACE_CAPS];
  const caps = SUPERVISOR_CAPS.flatMap((cap) => ["--cap-add", cap]);
  return [
    "--userns-block-fd",
    String(FD.usernsBlock),
    "--info-fd",
    String(FD.info),
    ...caps,
    ...NAMESPACE_CAPS,
  ];
}

function namespaceArgs(twoUids: boolean): string[] {
  return [
    "--unshare-all",
    "--unshare-user",
    ...userNamespaceArgs(twoUids),
    "--die-with-parent",
    // The supervisor is pid 1 itself: bwrap's own reaper would exit unreaped and linger as a zombie.
    "--as-pid-1",
    "--new-session",
    "--clearenv",
    "--hostname",
    "sandbox",
    "--uid",
    String(SANDBOX_UID),
    "--gid",
    String(SANDBOX_UID),
  ];
}

/**
 * The folders bubblewrap creates to hold the binds (/usr, /usr/bin...). It makes them 0700, owned by the
 * supervisor's uid; a program of another uid must be able to search them.
 */
function parentFolders(view: HostView): string[] {
  const folders = new Set<string>();
  for (const path of [...view.binds, ...view.renamed.map(({ to }) => to)]) {
    const parts = path.split("/").filter(Boolean);
    for (let depth = 1; depth < parts.length; depth++) folders.add(`/${parts.slice(0, depth).join("/")}`);
  }
  return [...folders].sort();
}

function filesystemArgs(view: HostView, tmpfsMb: number): string[] {
  const args: string[] = [];
  for (const folder of parentFolders(view)) args.push("--perms", "0755", "--dir", folder);
  for (const path of view.binds) args.push("--ro-bind", path, path);
  for (const { from, to } of view.renamed) args.push("--ro-bind", from, to);
  for (const { target, path } of view.symlinks) args.push("--symlink", target, path);
  // The supervisor's /proc; the program gets a fresh one of its own pid namespace, masked (--mask).
  args.push("--proc", "/proc", "--dev", "/dev");
  // Fresh, size-capped and private to this phase: nothing written here outlives the sandbox.
  // Sticky and world-writable, so a program of another uid than the supervisor's can use /tmp and /dev/shm;
  // /work is handed to the program by the supervisor once it has unpacked the files.
  for (const dir of WRITABLE) {
    const perms = dir === WORK_DIR ? [] : ["--perms", "1777"];
    args.push(...perms, "--size", String(tmpfsMb << 20), "--tmpfs", dir);
  }
  if (view.supervisor) args.push("--ro-bind", view.supervisor, SUPERVISOR_PATH);
  else args.push("--perms", "0555", "--ro-bind-data", String(FD.supervisor), SUPERVISOR_PATH);
  // Everything else (the root and /dev tmpfs bwrap builds) is read-only, so it cannot be filled.
  args.push("--remount-ro", "/dev", "--remount-ro", "/", "--chdir", WORK_DIR);
  return args;
}

function supervisorArgs(command: PhaseCommand): string[] {
  const l = command.limits;
  const args = [
    ["--result-fd", FD.result],
    ["--unpack-fd", FD.unpack],
    ["--unpack-dir", WORK_DIR],
    ["--cpu-ms", l.cpuMs],
    ["--wall-ms", l.wallMs],
    ["--mem-kb", l.memKb],
    ["--as-kb", l.asKb ?? 0],
    ["--data-kb", l.dataKb ?? 0],
    ["--stack-kb", l.stackKb],
    ["--fsize-kb", l.fsizeKb],
    ["--nofile", l.nofile],
    ["--nproc", l.nproc],
    ["--nice", command.nice],
    ["--max-files", l.maxFiles],
    ["--stdout-max-kb", l.stdoutKb],
    ["--stderr-max-kb", l.stderrKb],
    ...WRITABLE.map((dir) => ["--watch", dir]),
    // Host facts the pid namespace does not hide: the kernel's command line, host tasks, keys, symbols.
    // Masked in the program's own /proc: masks on bubblewrap's /proc would forbid mounting a new one.
    ...MASKED_PROC_FILES.map((path) => ["--mask", path]),
  ];
  if (command.lockUid) args.push(["--lock-fd", FD.lock]);
  if (command.twoUids) args.push(["--program-id", PROGRAM_UID]);
  if (command.packDir) {
    args.push(["--pack-fd", FD.pack], ["--pack-dir", `${WORK_DIR}/${command.packDir}`]);
    args.push(["--pack-max-kb", command.packMaxKb ?? 65536]);
  }
  return args.flat().map(String);
}

/** The bwrap argument array for one phase; no shell ever sees it. */
export function bwrapArgs(view: HostView, command: PhaseCommand): string[] {
  const env = Object.entries(SANDBOX_ENV).flatMap(([name, value]) => ["--setenv", name, value]);
  return [
    ...namespaceArgs(command.twoUids ?? false),
    ...filesystemArgs(view, command.limits.tmpfsMb),
    ...env,
    "--",
    SUPERVISOR_PATH,
    ...supervisorArgs(command),
    "--",
    ...command.argv,
  ];
}
