import type { CodingLanguage, ExecuteBody, ExecuteResult } from "@studio/protocol";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { C_HEADERS } from "./adversarial-harness";
import { createSandbox } from "./create-sandbox";
import { leftoverFiles, leftoverProcesses } from "./host-leftovers";
import type { RunLimits } from "./limits";
import { loadProblems } from "./problems/load-problems";
import { PROBLEMS_DIR } from "./problems/problems-dir";
import { EXPECTED_VERDICT, referenceSubmissions } from "./problems/submission-files";
import { processesOfUid } from "./process-scan";

/**
 * Pre-started sandboxes (warm-pool.ts) against fresh ones: the same verdicts and accounting, one run per
 * sandbox, the wall clock from the hand-over, a dead warm sandbox replaced transparently, nothing left.
 */
const pooled = createSandbox({ uidBase: 64_000, uidSlots: 4, concurrency: 2, warm: true });
const fresh = createSandbox({ uidBase: 64_100, uidSlots: 4, concurrency: 2 });
const pool = pooled.warm!;
const root = process.getuid?.() === 0;
// Program uids (odd ones) have no process while a sandbox waits: only a run's program has them.
const programUids = pooled.uids.filter((_, i) => i % 2 === 1);

const TRIVIAL: Partial<Record<CodingLanguage, string>> = {
  python: "pass\n",
  c: "int main(void) { return 0; }\n",
};
const LIMITS: RunLimits = { timeMs: 1000, memoryMb: 64, outputKb: 64 };
/** A grandchild burns `ms` of its own CPU clock after its parent has exited; the program waits for it. */
const orphan = (ms: number) => `#define _GNU_SOURCE\n${C_HEADERS}#include <sys/wait.h>\n#include <time.h>
static void burn(long ms) {
  struct timespec t;
  do clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); while (t.tv_sec * 1000L + t.tv_nsec / 1000000L < ms);
}
int main(void) {
  int p[2]; pipe(p);
  if (fork() == 0) { if (fork() == 0) { burn(${ms}); write(p[1], "x", 1); _exit(0); } _exit(0); }
  close(p[1]); wait(0); char c; read(p[0], &c, 1); puts("done"); return 0;
}`;

/** Runs the body on warm sandboxes: its keys are used once (a trivial program), then refilled. */
async function onWarm(body: ExecuteBody, limits: RunLimits = LIMITS): Promise<ExecuteResult> {
  await pooled.execute({ language: body.language, source: TRIVIAL[body.language]! }, limits);
  await pool.idle();
  const hits = pool.stats.hits;
  const result = await pooled.execute(body, limits);
  // The check or compile, and the run: both on sandboxes started before the job came.
  expect(pool.stats.hits - hits).toBe(2);
  return result;
}

afterEach(async () => {
  expect(await leftoverProcesses(programUids), "program processes left behind").toEqual([]);
  expect(await leftoverProcesses(fresh.uids), "fresh sandbox processes left behind").toEqual([]);
});

afterAll(async () => {
  await pooled.close();
});

const CASES: Array<{ name: string; body: ExecuteBody; limits?: RunLimits; check(r: ExecuteResult): void }> = [
  {
    name: "stdin to stdout",
    body: { language: "python", source: "import sys\nprint(sys.stdin.read().upper())\n", stdin: "warm" },
    check: (r) => expect([r.status, r.stdout]).toEqual(["ok", "WARM\n"]),
  },
  {
    name: "an exit code",
    body: { language: "python", source: "raise SystemExit(3)\n" },
    check: (r) => expect([r.status, r.exitCode]).toEqual(["runtime_error", 3]),
  },
  {
    name: "a memory hog",
    body: { language: "python", source: "a = []\nwhile True:\n    a.append(bytearray(1 << 20))\n" },
    limits: { ...LIMITS, timeMs: 4000 },
    check: (r) => expect(r.status).toBe("memory_limit"),
  },
  {
    name: "40 MB touched, counted",
    body: { language: "python", source: "a = bytearray(40 << 20)\nprint(len(a))\n" },
    check: (r) => {
      expect(r.status).toBe("ok");
      expect(r.memoryKb).toBeGreaterThanOrEqual(40 << 10);
    },
  },
  {
    name: "300 ms of CPU, counted",
    body: {
      language: "c",
      source: `${C_HEADERS}#include <time.h>\nint main(void) { volatile long x = 0; while (clock() < CLOCKS_PER_SEC * 3 / 10) x++; return 0; }\n`,
    },
    check: (r) => {
      expect(r.status).toBe("ok");
      expect(r.timeMs).toBeGreaterThanOrEqual(290);
    },
  },
  {
    name: "a double-forked orphan's 300 ms of CPU, counted",
    body: { language: "c", source: orphan(300) },
    check: (r) => {
      expect([r.status, r.stdout]).toEqual(["ok", "done\n"]);
      expect(r.timeMs).toBeGreaterThanOrEqual(300);
    },
  },
  {
    name: "a double-forked orphan over the CPU limit",
    body: { language: "c", source: orphan(1500) },
    limits: { ...LIMITS, timeMs: 300 },
    check: (r) => expect(r.status).toBe("time_limit"),
  },
];

describe("warm pool", () => {
  it.each(CASES)("$name: the same verdict and accounting on a warm sandbox as on a fresh one", async (c) => {
    const [warm, cold] = [await onWarm(c.body, c.limits), await fresh.execute(c.body, c.limits ?? LIMITS)];
    c.check(warm);
    c.check(cold);
  });

  it("never hands a sandbox out twice: no run sees another's files", async () => {
    const probe = [
      "import os",
      "marks = ['/tmp/mark', '/dev/shm/mark', '/work/mark']",
      "print('seen' if any(os.path.exists(m) for m in marks) else 'clean')",
      "for m in marks: open(m, 'w').write('x')",
    ].join("\n");
    for (let i = 0; i < 3; i++)
      expect((await onWarm({ language: "python", source: probe })).stdout).toBe("clean\n");
  });

  it("starts the wall clock at the hand-over, not when the sandbox was started", async () => {
    const limits = { ...LIMITS, timeMs: 100 }; // C: 1.2 s of wall clock, the host's backstop 2 s later
    await pooled.execute({ language: "c", source: TRIVIAL.c! }, limits);
    await pool.idle();
    await new Promise((resolve) => setTimeout(resolve, 3500));
    const hits = pool.stats.hits;
    const result = await pooled.execute(
      { language: "c", source: '#include <stdio.h>\nint main(void) { puts("on time"); }\n' },
      limits,
    );
    expect(pool.stats.hits - hits).toBe(2);
    expect([result.status, result.stdout]).toEqual(["ok", "on time\n"]);
    expect(result.wallMs).toBeLessThan(1200);
  });

  it.skipIf(!root)("runs the job afresh when the warm sandbox it took had died", async () => {
    await pooled.execute({ language: "python", source: TRIVIAL.python! });
    await pool.idle();
    expect(pool.size).toBeGreaterThan(0);
    // Killed behind the pool's back, and the job taken in the same turn, before the exit is seen.
    for (const uid of pooled.uids) for (const pid of processesOfUid(uid)) process.kill(pid, "SIGKILL");
    const fallbacks = pool.stats.fallbacks;
    const result = await pooled.execute({ language: "python", source: "print('still judged')\n" });
    expect([result.status, result.stdout]).toEqual(["ok", "still judged\n"]);
    expect(pool.stats.fallbacks).toBeGreaterThan(fallbacks);
  });

  it("judges reference submissions as a fresh sandbox does", async () => {
    const problem = (await loadProblems(PROBLEMS_DIR)).get("two-sum")!;
    const submissions = (await referenceSubmissions(problem.dir)).filter((s) =>
      ["python", "c"].includes(s.language),
    );
    expect(submissions.length).toBeGreaterThan(1);
    const hits = pool.stats.hits;
    for (const { group, language, source } of submissions) {
      const warm = await pooled.judge(problem, { language, source });
      const cold = await fresh.judge(problem, { language, source });
      expect(warm.verdict, warm.message).toBe(EXPECTED_VERDICT[group]);
      expect(warm.tests.map((t) => t.verdict)).toEqual(cold.tests.map((t) => t.verdict));
      // Secret tests still carry only their verdict.
      for (const test of warm.tests.filter((t) => !t.sample))
        expect(Object.keys(test).sort()).toEqual(["sample", "verdict"]);
    }
    expect(pool.stats.hits).toBeGreaterThan(hits);
  }, 300_000);

  it("close() kills every warm sandbox and leaves nothing on the host", async () => {
    await pooled.execute({ language: "python", source: TRIVIAL.python! });
    await pool.idle();
    expect(pool.size).toBeGreaterThan(0);
    expect(pooled.uids.flatMap(processesOfUid).length).toBeGreaterThan(0);
    await pooled.close();
    expect(pool.size).toBe(0);
    expect(await leftoverProcesses(pooled.uids)).toEqual([]);
    expect(leftoverFiles(pooled.uids)).toEqual([]);
  });
});
