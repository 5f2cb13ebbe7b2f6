import { describe, expect, it } from "vitest";
import { attackHarness, C_HEADERS } from "./adversarial-harness";
import { createSandbox } from "./create-sandbox";
import { type RunLimits, wallClockFor } from "./limits";
import { ATTACK_THEN_BURN, ATTACK_THEN_HOG, ONLY_INNER_INIT_AND_SELF } from "./supervisor-attacks";

/**
 * The program attacks its supervisor (pid 1) first, then tries to make the judge report less than it
 * used. In root mode the supervisor has a uid of its own, so the kernel refuses these calls whatever the
 * seccomp filter allows (kill is allowed by the filter: only the uid stops it). Limits leave the intended
 * verdict a wide margin: 64 MB against 6 x 48 MB with 10 s of CPU to get there, a 400 ms budget against
 * 3 s of CPU in the process's own clock.
 */
const sandbox = createSandbox({ uidBase: 62_900, uidSlots: 4, concurrency: 2 });
const LIMITS: RunLimits = { timeMs: 400, memoryMb: 64, outputKb: 64 };
const { runCases } = attackHarness(sandbox, LIMITS);
const ROOT = sandbox.mode === "root";
/** Hogs get 10 s of CPU (21 s of wall clock): faulting 64 MB in takes ~0.3 s of CPU, however starved. */
const ROOMY: RunLimits = { ...LIMITS, timeMs: 10_000 };

const C = `#define _GNU_SOURCE\n${C_HEADERS}#include <errno.h>\n#include <fcntl.h>\n#include <signal.h>
#include <time.h>\n#include <sys/ptrace.h>\n#include <sys/resource.h>\n#include <sys/wait.h>
static void burn_cpu_ms(long ms) {
  struct timespec t;
  do clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); while (t.tv_sec * 1000L + t.tv_nsec / 1000000L < ms);
}
/* Prints "name:errno" for each attack on pid 1 (0 means it succeeded). */
static void attack_supervisor(void) {
  struct rlimit none = {0, 0};
  printf("prlimit:%d ", prlimit(1, RLIMIT_NOFILE, &none, 0) ? errno : 0);
  printf("kill0:%d ", kill(1, 0) ? errno : 0);
  printf("sigchld:%d ", kill(1, SIGCHLD) ? errno : 0);
  printf("sigstop:%d ", kill(1, SIGSTOP) ? errno : 0);
  printf("renice:%d ", setpriority(PRIO_PROCESS, 1, 19) ? errno : 0);
  printf("ptrace:%d ", ptrace(PTRACE_ATTACH, 1, 0, 0) ? errno : 0);
  printf("seize:%d ", ptrace(PTRACE_SEIZE, 1, 0, 0) ? errno : 0);
  int fd = open("/proc/1/environ", O_RDONLY);
  printf("environ:%d", fd < 0 ? errno : 0);
  FILE *status = fopen("/proc/self/status", "r");
  char line[256];
  while (fgets(line, sizeof line, status)) if (!strncmp(line, "CapEff:", 7)) printf(" %s", line);
  fflush(stdout);
}
`;

/** EPERM for every call; /proc/1/environ EACCES; and no capability left to the program. */
const REFUSED =
  "prlimit:1 kill0:1 sigchld:1 sigstop:1 renice:1 ptrace:1 seize:1 environ:13 CapEff:\t0000000000000000\n";

describe.runIf(ROOT)("the program never runs as its supervisor's uid", () => {
  it("cannot prlimit, signal, renice, ptrace or read pid 1; memory and CPU verdicts still hold", async () => {
    const thenHog = `${C}int main(void) {
  attack_supervisor();
  for (int i = 0; i < 6; i++) if (fork() == 0) {
    char *p = malloc(48 << 20);
    for (long j = 0; p && j < (48L << 20); j += 4096) p[j] = 1;
    pause();
  }
  while (wait(0) > 0) {}
  return 0;
}`;
    const thenBurn = `${C}int main(void) {
  attack_supervisor();
  if (fork() == 0) { if (fork() == 0) { burn_cpu_ms(3000); _exit(0); } _exit(0); }
  burn_cpu_ms(3000);
  return 0;
}`;
    const python = [
      "import os, resource, signal",
      "out = []",
      "for name, call in [('prlimit', lambda: resource.prlimit(1, resource.RLIMIT_NOFILE, (0, 0))),",
      "                   ('kill', lambda: os.kill(1, signal.SIGCHLD)), ('renice', lambda: os.setpriority(os.PRIO_PROCESS, 1, 19))]:",
      "    try:",
      "        call(); out.append(name + ':0')",
      "    except OSError as e:",
      "        out.append(f'{name}:{e.errno}')",
      "print(' '.join(out), flush=True)",
      "hog = [bytearray(1 << 20) for _ in range(400)]",
    ].join("\n");
    await runCases([
      { name: "attack then hog", language: "c", source: thenHog, expect: "memory_limit", limits: ROOMY },
      {
        name: "attack then burn",
        language: "c",
        source: thenBurn,
        expect: "time_limit",
        // The CPU limit, or on a starved host the wall clock (2 x CPU + 1 s) first.
        check: (r) =>
          expect(r.timeMs > LIMITS.timeMs || (r.wallMs ?? 0) >= wallClockFor(LIMITS.timeMs)).toBe(true),
      },
      {
        name: "python: attack then hog",
        language: "python",
        source: python,
        expect: "memory_limit",
        limits: ROOMY,
      },
    ]).then(([hog, burn, py]) => {
      expect(hog!.stdout).toBe(REFUSED);
      expect(burn!.stdout).toBe(REFUSED);
      expect(py!.stdout).toBe("prlimit:1 kill:1 renice:1\n");
    });
  });

  it("cannot see its supervisor at all: pid 1 is the inner init, of another uid too", async () => {
    const [hog, burn] = await runCases([
      {
        name: "attack then hog",
        language: "c",
        source: ATTACK_THEN_HOG,
        expect: "memory_limit",
        limits: ROOMY,
      },
      {
        name: "attack then burn",
        language: "c",
        source: ATTACK_THEN_BURN,
        expect: "time_limit",
        check: (r) =>
          expect(r.timeMs > LIMITS.timeMs || (r.wallMs ?? 0) >= wallClockFor(LIMITS.timeMs)).toBe(true),
      },
    ]);
    for (const run of [hog!, burn!]) {
      const [line] = run.stdout.split("\n");
      expect(line).toMatch(/^prlimit:1 cpu:1 renice:1 ptrace:1 kill:1 stop:1 killed:0 ps:/);
      expect(line).toMatch(ONLY_INNER_INIT_AND_SELF);
    }
  });

  it("sees its supervisor under another uid, and keeps none of its capabilities after exec", async () => {
    const probe = [
      "import os",
      "uid = lambda pid: open(f'/proc/{pid}/status').read().split('Uid:')[1].split()[0]",
      "caps = [l for l in open('/proc/self/status') if l.startswith(('CapPrm', 'CapEff', 'CapAmb', 'CapInh'))]",
      "print(uid(1) != uid('self'), os.getuid(), os.getresuid(), ''.join(caps).count('\\t0000000000000000'))",
    ].join("\n");
    const [result] = await runCases([{ name: "uids", language: "python", source: probe, expect: "ok" }]);
    expect(result!.stdout).toBe("True 1001 (1001, 1001, 1001) 4\n");
  });
});
