import { describe, expect, it } from "vitest";
import { attackHarness, C_HEADERS } from "./adversarial-harness";
import { createSandbox } from "./create-sandbox";
import { sharedMemoryKb } from "./host-leftovers";
import type { RunLimits } from "./limits";

/**
 * Hostile programs written after the sandbox was hardened, not tuned against it: each must end with the
 * verdict its attack earns and leave nothing on the host (the harness checks processes, files and a
 * clean next run). Limits leave the verdict a wide margin on a busy host.
 */
const sandbox = createSandbox({ uidBase: 62_950, uidSlots: 4, concurrency: 2 });
const LIMITS: RunLimits = { timeMs: 500, memoryMb: 64, outputKb: 64 };
const { runCases } = attackHarness(sandbox, LIMITS);
const C = `#define _GNU_SOURCE\n${C_HEADERS}#include <errno.h>\n#include <fcntl.h>\n#include <signal.h>
#include <sys/mman.h>\n#include <sys/syscall.h>\n#include <sys/wait.h>\n#include <linux/sched.h>\n`;

describe("new hostile programs", () => {
  it("clone3 and fork bombs, huge sparse mappings and /dev/shm floods end at their limits", async () => {
    // clone3 (flags in memory, out of seccomp's sight) is refused with ENOSYS; the bomb goes on with fork.
    const clone3Bomb = `${C}int main(void) {
  struct clone_args args; memset(&args, 0, sizeof args); args.exit_signal = SIGCHLD;
  long r = syscall(SYS_clone3, &args, sizeof args);
  if (r == 0) _exit(0);
  printf("clone3:%d\\n", r < 0 ? errno : 0); fflush(stdout);
  for (;;) { fork(); }
}`;
    // A 1 TB sparse file mapped shared and touched page by page: files are capped at 8 MB (SIGXFSZ).
    const sparse = `${C}int main(void) {
  int fd = open("/tmp/big", O_RDWR | O_CREAT, 0600);
  if (ftruncate(fd, 1L << 40) != 0) { printf("ftruncate:%d\\n", errno); return 3; }
  char *p = mmap(0, 1L << 40, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, fd, 0);
  for (long i = 0; p != MAP_FAILED; i += 4096) p[i] = 1;
  return 0;
}`;
    // The same with SIGXFSZ ignored: 8 MB files on each 16 MB tmpfs, mapped and touched until the bus error.
    const sparseQuiet = `${C}int main(void) {
  signal(SIGXFSZ, SIG_IGN);
  const char *dirs[] = {"/tmp", "/dev/shm", "/work"};
  for (int n = 0; ; n++) {
    char name[64]; snprintf(name, sizeof name, "%s/f%d", dirs[n % 3], n);
    int fd = open(name, O_RDWR | O_CREAT, 0600);
    if (fd < 0 || ftruncate(fd, 8L << 20) != 0) continue;
    char *p = mmap(0, 8L << 20, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    for (long i = 0; p != MAP_FAILED && i < (8L << 20); i += 4096) p[i] = 1;
  }
}`;
    const shmFlood = [
      "chunk = b'x' * (1 << 20)",
      "with open('/dev/shm/flood', 'wb') as f:",
      "    for _ in range(256):",
      "        f.write(chunk)",
    ].join("\n");
    const before = sharedMemoryKb();
    await runCases([
      {
        name: "clone3 bomb",
        language: "c",
        source: clone3Bomb,
        expect: "time_limit",
        check: (r) => expect(r.stdout).toBe("clone3:38\n"),
      },
      { name: "1 TB sparse mapping", language: "c", source: sparse, expect: "output_limit" },
      { name: "tmpfs files mapped until full", language: "c", source: sparseQuiet, expect: "runtime_error" },
      { name: "/dev/shm flood", language: "python", source: shmFlood, expect: "output_limit" },
    ]);
    // The sandboxes' tmpfs mounts are gone with them (other work on the host moves this figure a little).
    expect(sharedMemoryKb() - before).toBeLessThan(LIMITS.memoryMb * 1024);
  });

  it("io_uring, signals to every pid, and other processes' environments are refused", async () => {
    const ioUring = `${C}int main(void) {
  char params[120]; memset(params, 0, sizeof params);
  long fd = syscall(SYS_io_uring_setup, 8, params);
  printf("io_uring:%d\\n", fd < 0 ? errno : 0); return 0;
}`;
    // Every pid the program can name, every signal that kills or stops: only its own processes are there.
    const signals = `${C}int main(void) {
  int sent = 0;
  if (fork() == 0) { pause(); _exit(0); }
  for (int pid = 1; pid < 4096; pid++) if (pid != getpid() && kill(pid, SIGKILL) == 0) sent++;
  wait(0);
  printf("killed:%d minus1:%d\\n", sent, kill(-1, SIGSTOP) ? errno : 0); return 0;
}`;
    const environ = [
      "import json, os",
      "seen = []",
      "for pid in sorted(int(p) for p in os.listdir('/proc') if p.isdigit()):",
      "    try:",
      "        seen.append([pid, len(open(f'/proc/{pid}/environ', 'rb').read())])",
      "    except OSError as e:",
      "        seen.append([pid, -e.errno])",
      "print(json.dumps(seen))",
    ].join("\n");
    const [uring, killed, env] = await runCases([
      { name: "io_uring", language: "c", source: ioUring, expect: "ok" },
      { name: "signals to every pid", language: "c", source: signals, expect: "ok" },
      { name: "/proc/*/environ", language: "python", source: environ, expect: "ok" },
    ]);
    expect(uring!.stdout).toBe("io_uring:1\n");
    // Its own child only; then kill(-1) finds nobody (ESRCH): pid 1 is exempt, the host invisible.
    expect(killed!.stdout).toBe("killed:1 minus1:3\n");
    // pid 1 (the supervisor: not dumpable, and another uid in root mode) refuses; the only other process
    // is the program, whose environment is the sandbox's fixed one.
    expect(JSON.parse(env!.stdout)).toEqual([
      [1, -13],
      [2, expect.any(Number)],
    ]);
  });
});
