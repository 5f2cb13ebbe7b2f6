import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attackHarness, C_HEADERS } from "./adversarial-harness";
import { createSandbox } from "./create-sandbox";
import type { RunLimits } from "./limits";
import { loadProblem } from "./problems/load-problems";
import { PROBLEMS_DIR } from "./problems/problems-dir";

/**
 * Attacks on the sandbox's accounting (a security review's findings): memory the supervisor could not
 * see, CPU spent where it did not look, and kernel surface a program has no use for. Limits are sized so
 * the intended verdict wins with margin on a slow host: CPU burns are measured in the process's own CPU
 * clock, never in loop counts or wall time.
 */
const sandbox = createSandbox({ uidBase: 62_300, uidSlots: 4, concurrency: 2 });
const LIMITS: RunLimits = { timeMs: 1000, memoryMb: 128, outputKb: 64 };
const { runCases } = attackHarness(sandbox, LIMITS);

/** Spins until this process has used `ms` of CPU (its own clock: the same on a fast or a slow host). */
const BURN = `#include <time.h>
static void burn_cpu_ms(long ms) {
  struct timespec t;
  do clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); while (t.tv_sec * 1000L + t.tv_nsec / 1000000L < ms);
}
`;
const C = `#define _GNU_SOURCE\n${C_HEADERS}#include <errno.h>\n#include <signal.h>\n#include <sys/wait.h>\n${BURN}`;

describe("attacks on CPU accounting", () => {
  // Each program would end "ok" if the CPU it burns where the old poll did not look went uncounted.
  it("CPU burnt by orphans, vfork chains and auto-reaped children counts", async () => {
    const orphan = (ms: number) => `${C}int main(void) {
  int p[2]; pipe(p);
  if (fork() == 0) { if (fork() == 0) { burn_cpu_ms(${ms}); write(p[1], "x", 1); _exit(0); } _exit(0); }
  close(p[1]); wait(0); char c; read(p[0], &c, 1); puts("done"); return 0;
}`;
    const vforkChain = `${C}int main(void) {
  for (int depth = 0; depth < 40; depth++) { if (vfork() != 0) _exit(0); burn_cpu_ms(100); }
  _exit(0);
}`;
    // With SIGCHLD ignored the kernel would reap children itself, out of the supervisor's sight.
    const ignoreChld = `${C}int main(void) {
  int ignored = signal(SIGCHLD, SIG_IGN) != SIG_ERR;
  for (int i = 0; i < 400; i++) { pid_t c = fork(); if (c == 0) { burn_cpu_ms(8); _exit(0); } if (!ignored) waitpid(c, 0, 0); }
  printf("%d\\n", ignored); return 0;
}`;
    const pythonOrphan = [
      "import os, time",
      "r, w = os.pipe()",
      "if os.fork() == 0:",
      "    if os.fork() == 0:",
      "        while time.process_time() < 5:",
      "            pass",
      "        os.write(w, b'x')",
      "    os._exit(0)",
      "os.close(w)",
      "os.wait()",
      "os.read(r, 1)",
    ].join("\n");
    // A child that sends no SIGCHLD (clone with exit signal 0): an ordinary wait does not reap it.
    const cloneChild = `${C}#include <sys/syscall.h>
int main(void) {
  int p[2]; pipe(p);
  if (syscall(SYS_clone, 0, 0, 0, 0, 0) == 0) { burn_cpu_ms(300); write(p[1], "x", 1); _exit(0); }
  close(p[1]); char c; read(p[0], &c, 1); puts("done"); return 0;
}`;
    // A generous limit (and wall clock) so the 300 ms the orphan burns fits even on a starved host.
    const roomy = { ...LIMITS, timeMs: 5000 };
    await runCases([
      { name: "double-forked orphan", language: "c", source: orphan(1500), expect: "time_limit" },
      { name: "vfork chain", language: "c", source: vforkChain, expect: "time_limit" },
      { name: "SIGCHLD ignored", language: "c", source: ignoreChld, expect: "time_limit" },
      { name: "orphan (limit 3.3 s)", language: "python", source: pythonOrphan, expect: "time_limit" },
      {
        name: "clone child with no exit signal, within the limit",
        language: "c",
        source: cloneChild,
        expect: "ok",
        limits: roomy,
        check: (r) => expect(r.timeMs).toBeGreaterThanOrEqual(300),
      },
      {
        name: "orphan within the limit",
        language: "c",
        source: orphan(300),
        expect: "ok",
        limits: roomy,
        check: (r) => expect(r.timeMs).toBeGreaterThanOrEqual(300),
      },
    ]);
  }, 180_000);

  it("a correct answer computed in a grandchild is judged on the CPU it took", async () => {
    const problem = await loadProblem(join(PROBLEMS_DIR, "two-sum"), "two-sum");
    const source = `${C}int main(void) {
  int n; long long target, v[100000];
  if (scanf("%d %lld", &n, &target) != 2) return 1;
  for (int i = 0; i < n; i++) scanf("%lld", &v[i]);
  int p[2]; pipe(p);
  if (fork() == 0) {
    if (fork() == 0) {
      close(p[0]);
      burn_cpu_ms(1300);
      for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++)
        if (v[i] + v[j] == target) { printf("%d %d\\n", i, j); fflush(stdout); _exit(0); }
      _exit(0);
    }
    _exit(0);
  }
  close(p[1]); wait(0); char c; read(p[0], &c, 1); return 0;
}`;
    const result = await sandbox.judge(problem, { language: "c", source });
    expect(result.verdict).toBe("time_limit");
  }, 120_000);
});

describe("attacks on memory accounting", () => {
  it("a blinded supervisor, memfd files and shared memory are refused or counted", async () => {
    // prlimit on pid 1 (the supervisor) would stop its /proc poll; then six processes hold far more.
    const blind = `${C}#include <sys/resource.h>
int main(void) {
  struct rlimit none = {0, 0};
  int refused = prlimit(1, RLIMIT_NOFILE, &none, 0);
  printf("prlimit %d %d\\n", refused, errno); fflush(stdout);
  for (int i = 0; i < 5; i++) if (fork() == 0) break;
  for (int i = 0; i < 200; i++) { char *p = malloc(1 << 20); if (!p) break; memset(p, 1, 1 << 20); }
  sleep(30); return 0;
}`;
    const memfd = `${C}#include <sys/mman.h>
int main(void) {
  int fd = memfd_create("hoard", 0);
  if (fd < 0) { perror("memfd_create"); return 1; }
  for (int i = 0; i < 800; i++) { static char mb[1 << 20]; memset(mb, 1, sizeof mb); write(fd, mb, sizeof mb); }
  return 0;
}`;
    const sysv = `${C}#include <sys/shm.h>
int main(void) {
  for (int i = 0; i < 10; i++) {
    int id = shmget(IPC_PRIVATE, 64 << 20, IPC_CREAT | 0600);
    if (id < 0) { perror("shmget"); return 1; }
    char *p = shmat(id, 0, 0); memset(p, 1, 64 << 20); shmdt(p);
  }
  return 0;
}`;
    // POSIX shared memory is a file on /dev/shm: no file may pass 8 MB (RLIMIT_FSIZE), the tmpfs holds 16.
    const posix = `${C}#include <sys/mman.h>\n#include <fcntl.h>
int main(void) {
  int fd = shm_open("/hoard", O_CREAT | O_RDWR, 0600);
  if (fd < 0 || ftruncate(fd, 150 << 20) < 0) { perror("shm"); return 1; }
  char *p = mmap(0, 150 << 20, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  if (p == MAP_FAILED) { perror("mmap"); return 1; }
  memset(p, 1, 150 << 20); return 0;
}`;
    const python =
      "import os\ntry:\n    os.memfd_create('x')\nexcept OSError as e:\n    raise SystemExit(f'memfd refused: {e.errno}')\n";
    const big = { timeMs: 10_000, memoryMb: 256, outputKb: 64 };
    await runCases([
      {
        name: "blind the supervisor, then hog",
        language: "c",
        source: blind,
        expect: "memory_limit",
        limits: big,
        check: (r) => expect(r.stdout).toBe("prlimit -1 1\n"),
      },
      {
        name: "memfd",
        language: "c",
        source: memfd,
        expect: "runtime_error",
        check: (r) => expect(r.stderr).toContain("Operation not permitted"),
      },
      { name: "memfd", language: "python", source: python, expect: "runtime_error" },
      {
        name: "SysV shm",
        language: "c",
        source: sysv,
        expect: "runtime_error",
        check: (r) => expect(r.stderr).toContain("Operation not permitted"),
      },
      {
        name: "POSIX shm",
        language: "c",
        source: posix,
        expect: "output_limit",
        check: (r) => expect(r.signal).toBe("SIGXFSZ"),
      },
    ]);
  }, 180_000);
});

describe("kernel surface", () => {
  it("refuses vsock, netlink, perf, keyrings, userfaultfd, pidfd, bpf and io_uring; hides host facts", async () => {
    const calls = `${C}#include <sys/socket.h>\n#include <sys/syscall.h>\n#include <linux/perf_event.h>
static void show(const char *name, long r) { printf("%s=%s ", name, r < 0 ? strerror(errno) : "ALLOWED"); }
int main(void) {
  show("vsock", socket(40 /* AF_VSOCK */, SOCK_STREAM, 0));
  show("netlink", socket(16 /* AF_NETLINK */, SOCK_RAW, 0));
  show("packet", socket(17 /* AF_PACKET */, SOCK_RAW, 0));
  struct perf_event_attr attr = {.type = PERF_TYPE_SOFTWARE, .size = sizeof attr};
  show("perf", syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
  show("add_key", syscall(SYS_add_key, "user", "k", "v", 1, -2 /* session keyring */));
  show("keyctl", syscall(SYS_keyctl, 0 /* GET_KEYRING_ID */, -2, 1));
  show("userfaultfd", syscall(SYS_userfaultfd, 0));
  show("pidfd_open", syscall(SYS_pidfd_open, 1, 0));
  show("bpf", syscall(SYS_bpf, 0, 0, 0));
  show("io_uring", syscall(SYS_io_uring_setup, 8, malloc(256)));
  show("ptrace", syscall(SYS_ptrace, 16 /* ATTACH */, 1, 0, 0));
  show("setpriority", syscall(SYS_setpriority, 0, 1, 19));
  show("renice group", syscall(SYS_setpriority, 1 /* PRIO_PGRP */, 0, 19));
  show("renice user", syscall(SYS_setpriority, 2 /* PRIO_USER */, 0, 19));
  show("renice self", syscall(SYS_setpriority, 0, 0, 15) == 0 ? 0 : -1);
  show("unshare", syscall(SYS_unshare, 0x40000000 /* NEWNS */));
  puts("");
  return 0;
}`;
    const hostFacts = [
      "import json",
      "seen = {}",
      "for path in ['/proc/cmdline', '/proc/1/cmdline', '/proc/kallsyms', '/proc/keys']:",
      "    try:",
      "        seen[path] = open(path, 'rb').read().strip(b'\\0').decode()[:40]",
      "    except OSError as e:",
      "        seen[path] = type(e).__name__",
      "print(json.dumps(seen))",
    ].join("\n");
    await runCases([
      {
        name: "syscalls",
        language: "c",
        source: calls,
        expect: "ok",
        check: (r) => {
          expect(r.stdout.replace("renice self=ALLOWED", "")).not.toContain("ALLOWED");
          expect(r.stdout).toContain("renice self=ALLOWED");
          expect(r.stdout).toContain("vsock=Address family not supported");
          expect(r.stdout).toContain("perf=Operation not permitted");
        },
      },
      {
        name: "host facts",
        language: "python",
        source: hostFacts,
        expect: "ok",
        check: (r) => {
          const seen = JSON.parse(r.stdout) as Record<string, string>;
          expect(seen["/proc/cmdline"]).toBe("PermissionError");
          expect(seen["/proc/1/cmdline"]).toBe("");
        },
      },
    ]);
  }, 120_000);
});
