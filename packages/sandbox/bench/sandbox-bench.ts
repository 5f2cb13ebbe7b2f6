/**
 * Sandbox overhead: per language, a trivial program run in the sandbox against the same program run
 * bare on the host (median wall time from spawn to exit, as the server sees it; bare, fresh and pooled
 * runs alternate), and sandboxed runs per second at concurrency 2. "Pooled" runs take a pre-started
 * sandbox (warm-pool.ts; the bench waits for the pool's refill before each measured run, bare ones too,
 * so the refill weighs on none of them; its CPU is counted in the pooled run's). Prints JSON.
 * Run: npx tsx packages/sandbox/bench/sandbox-bench.ts [runs] (SANDBOX_BENCH_UID_BASE: the uid range).
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { CODING_LANGUAGES, type CodingLanguage } from "@studio/protocol";
import { SANDBOX_ENV } from "../src/bwrap-args";
import { LANGUAGES } from "../src/languages";
import { DEFAULT_EXECUTE_LIMITS } from "../src/limits";
import type { StartedPhase } from "../src/run-phase";
import { type CompiledProgram, compileProgram, type RunContext, runProgram } from "../src/run-program";
import { prepareRuntime, type SandboxRuntime } from "../src/sandbox-runtime";
import { defaultCacheDir } from "../src/supervisor-binary";
import { DEFAULT_UID_RANGE, UidLeases } from "../src/uid-leases";
import { WarmPool } from "../src/warm-pool";

const TRIVIAL: Record<CodingLanguage, string> = {
  python: "print('hi')\n",
  javascript: "console.log('hi');\n",
  java: 'public class Main { public static void main(String[] a) { System.out.println("hi"); } }\n',
  c: '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n',
  cpp: '#include <cstdio>\nint main() { std::puts("hi"); }\n',
};
const RUNS = Number(process.argv[2] ?? 30);
const THROUGHPUT_RUNS = 2 * RUNS;
const UID_BASE = Number(process.env.SANDBOX_BENCH_UID_BASE ?? 62_500);

/** CPU (ms) of our children that have been waited for, with everything they waited for: /proc/self/stat
 * cutime + cstime. Unlike wall time, it barely moves with the machine's load. */
function childrenCpuMs(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}

/** Our live bubblewrap children (every thread's list of children). */
function sandboxesAlive(): number {
  const pids = readdirSync("/proc/self/task").flatMap((task) =>
    readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(" ").filter(Boolean),
  );
  return pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "bwrap";
    } catch {
      return false;
    }
  }).length;
}

/** A sandboxed run's outcome comes before bubblewrap has exited: its CPU counts once it has (the warm
 * pool's sandboxes wait for their run). */
async function childrenExited(): Promise<void> {
  await warm.idle();
  for (const until = performance.now() + 5000; sandboxesAlive() > warm.size && performance.now() < until; ) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

async function withCpu(measure: () => Promise<number>, cpu: { ms: number }): Promise<number> {
  const before = childrenCpuMs();
  const ms = await measure();
  await childrenExited();
  cpu.ms += childrenCpuMs() - before;
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(value: number, digits = 1): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

// Two runs at once, two more still exiting, and two warm sandboxes.
const leases =
  process.getuid?.() === 0 ? new UidLeases({ ...DEFAULT_UID_RANGE, base: UID_BASE, slots: 8 }) : undefined;
const warm = new WarmPool<StartedPhase>({ perKey: 2, total: 2, idleMs: 60_000 });

function context(runtime: SandboxRuntime, slot: number, pooled = false): RunContext {
  return {
    runtime,
    slot: { index: slot },
    nice: 0,
    ...(leases ? { uids: leases } : {}),
    ...(pooled ? { warm } : {}),
  };
}

/** The same program, compiled with the same flags, in a temp folder on the host. */
function bareCommand(runtime: SandboxRuntime, language: CodingLanguage, dir: string): string[] {
  const spec = LANGUAGES[language];
  const toolchain = runtime.toolchains.get(language)!;
  const file = spec.sourceFile(TRIVIAL[language]);
  writeFileSync(join(dir, file), TRIVIAL[language]);
  const { argv, packDir } = spec.compile(toolchain, file);
  if (packDir) {
    mkdirSync(join(dir, packDir));
    spawnSync(argv[0]!, argv.slice(1), { cwd: dir, env: { ...SANDBOX_ENV, HOME: dir, TMPDIR: dir } });
    for (const name of readdirSync(join(dir, packDir))) cpSync(join(dir, packDir, name), join(dir, name));
  }
  return spec.run(toolchain, file, DEFAULT_EXECUTE_LIMITS);
}

function timeBare(argv: string[], cwd: string): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    // The sandbox's environment, so neither side pays for the other's settings (tsx sets NODE_OPTIONS).
    const env = { ...SANDBOX_ENV, HOME: cwd, TMPDIR: cwd };
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.resume();
    child.stderr.resume();
    child.on("error", reject);
    child.on("close", () => resolve(performance.now() - start));
  });
}

async function timeSandboxed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function repeat(times: number, measure: () => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(await measure());
  return samples;
}

async function runsPerSecond(runtime: SandboxRuntime, program: CompiledProgram, pooled: boolean) {
  let remaining = THROUGHPUT_RUNS;
  const worker = async (slot: number) => {
    while (remaining-- > 0) await runProgram(context(runtime, slot, pooled), program, DEFAULT_EXECUTE_LIMITS);
  };
  const start = performance.now();
  await Promise.all([worker(0), worker(1)]);
  return THROUGHPUT_RUNS / ((performance.now() - start) / 1000);
}

async function benchLanguage(runtime: SandboxRuntime, language: CodingLanguage) {
  const compiled = await compileProgram(context(runtime, 0), language, TRIVIAL[language]);
  if (!compiled.ok) throw new Error(`${language}: ${compiled.result.stderr}`);
  const dir = mkdtempSync(join(tmpdir(), "sandbox-bench-"));
  try {
    const argv = bareCommand(runtime, language, dir);
    const sandboxed = (pooled: boolean) => async () => {
      await warm.idle();
      return timeSandboxed(() =>
        runProgram(context(runtime, 0, pooled), compiled.program, DEFAULT_EXECUTE_LIMITS),
      );
    };
    const bareRun = async () => {
      await warm.idle();
      return timeBare(argv, dir);
    };
    await repeat(3, sandboxed(false));
    await repeat(3, sandboxed(true));
    await repeat(3, bareRun);
    // Interleaved (bare, fresh, pooled, bare...) so the load of a shared machine weighs on all alike.
    const bare: number[] = [];
    const fresh: number[] = [];
    const pooled: number[] = [];
    const cpu = { bare: { ms: 0 }, fresh: { ms: 0 }, pooled: { ms: 0 } };
    const hitsBefore = warm.stats.hits;
    for (let i = 0; i < RUNS; i++) {
      bare.push(await withCpu(bareRun, cpu.bare));
      fresh.push(await withCpu(sandboxed(false), cpu.fresh));
      pooled.push(await withCpu(sandboxed(true), cpu.pooled));
    }
    const bareMs = median(bare);
    const figures = (boxed: number[], boxedCpu: { ms: number }) => ({
      sandboxMs: round(median(boxed)),
      overheadMs: round(median(boxed) - bareMs),
      ratio: round(median(boxed) / bareMs, 2),
      // The median of per-pair differences: each pair ran back to back, under the same load.
      pairedOverheadMs: round(median(boxed.map((ms, i) => ms - bare[i]!))),
      // CPU per run (clock ticks of 10 ms, averaged): what the sandbox costs the machine, load aside.
      sandboxCpuMs: round(boxedCpu.ms / RUNS),
    });
    return {
      language,
      bareMs: round(bareMs),
      bareCpuMs: round(cpu.bare.ms / RUNS),
      // The top-level figures are what the server does (SANDBOX_WARM): the run takes a pre-started sandbox.
      ...figures(pooled, cpu.pooled),
      warmHits: warm.stats.hits - hitsBefore,
      runsPerSecondAtConcurrency2: round(await runsPerSecond(runtime, compiled.program, true)),
      fresh: {
        ...figures(fresh, cpu.fresh),
        runsPerSecondAtConcurrency2: round(await runsPerSecond(runtime, compiled.program, false)),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const runtime = prepareRuntime({ cacheDir: defaultCacheDir() });
const loadAtStart = loadavg();
const results = [];
// SANDBOX_BENCH_LANGUAGES=c,python measures only those.
const only = process.env.SANDBOX_BENCH_LANGUAGES?.split(",");
for (const language of CODING_LANGUAGES.filter((id) => !only || only.includes(id))) {
  results.push(await benchLanguage(runtime, language));
}
await warm.close();
console.log(
  JSON.stringify(
    {
      runs: RUNS,
      cores: availableParallelism(),
      mode: process.getuid?.() === 0 ? "root (a locked uid of the range per run)" : "user",
      targetOverheadMs: { c: 15, python: 15 },
      // The machine's load average (1, 5, 15 min) before and after: figures from a busy machine say less.
      loadAverage: { start: loadAtStart.map((x) => round(x, 2)), end: loadavg().map((x) => round(x, 2)) },
      // Pooled runs (the server's default); withinTargetFresh: without the warm pool.
      withinTarget: Object.fromEntries(
        results
          .filter((r) => ["c", "python"].includes(r.language))
          .map((r) => [r.language, r.pairedOverheadMs <= 15]),
      ),
      withinTargetFresh: Object.fromEntries(
        results
          .filter((r) => ["c", "python"].includes(r.language))
          .map((r) => [r.language, r.fresh.pairedOverheadMs <= 15]),
      ),
      languages: results,
    },
    null,
    2,
  ),
);
