import { availableParallelism } from "node:os";
import {
  type CodingLanguage,
  type ExecuteBody,
  type ExecuteResult,
  MAX_SOURCE_BYTES,
  MAX_STDIN_BYTES,
  type ServiceStatus,
  type SubmissionResult,
} from "@studio/protocol";
import type { NoteLocale } from "./analysis/analyze-source";
import { type CgroupSetup, setUpCgroups } from "./cgroup-setup";
import { leftoverProcesses } from "./host-leftovers";
import { judgeSubmission } from "./judge";
import { DEFAULT_EXECUTE_LIMITS, type RunLimits } from "./limits";
import { reapOrphanedSandboxes } from "./orphaned-sandboxes";
import type { Problem } from "./problems/problem";
import { uidConflicts } from "./process-scan";
import type { StartedPhase } from "./run-phase";
import { compileProgram, type RunContext, runProgram } from "./run-program";
import { InvalidSubmissionError, SandboxBusyError, SandboxUnavailableError } from "./sandbox-errors";
import { prepareRuntime, type SandboxRuntime } from "./sandbox-runtime";
import { type Slot, SlotPool } from "./slot-pool";
import { defaultCacheDir } from "./supervisor-binary";
import type { ToolchainPaths } from "./toolchains";
import { DEFAULT_UID_RANGE, UidLeases } from "./uid-leases";
import { type WarmPool, type WarmPoolOptions, warmPoolFor } from "./warm-pool";

export interface SandboxConfig {
  /** Runs at once; more wait in a queue. Default: the number of cores. */
  concurrency?: number;
  /** Waiting runs beyond which execute and judge reject with SandboxBusyError. Default 64. */
  maxQueue?: number;
  /**
   * Root mode: each run takes a free uid of uidBase .. uidBase + uidSlots - 1 (default 60000, 32), locked
   * host-wide through a file in uidLockDir (default /run/studio-sandbox), so several servers or workers on
   * one host never share a uid. No account may own these uids.
   */
  uidBase?: number;
  uidSlots?: number;
  uidLockDir?: string;
  /** An empty cgroup v2 delegated to the server for run cgroups (SANDBOX_CGROUP); default: our own. */
  cgroupParent?: string;
  /** Where the compiled supervisor is cached. Default ~/.cache/studio-sandbox. */
  cacheDir?: string;
  bwrapPath?: string;
  toolchainPaths?: ToolchainPaths;
  languages?: readonly CodingLanguage[];
  /** Scheduling niceness of sandboxed programs, so the server stays responsive. Default 10. */
  nice?: number;
  /** Limits of /api/coding/execute runs. */
  executeLimits?: Partial<RunLimits>;
  /**
   * Pre-started sandboxes (warm-pool.ts), each used for one run: true for the defaults (one per recently
   * used key, at most 4 and never more than the uid slots left over by `concurrency` runs, 30 s idle).
   * Default off.
   */
  warm?: boolean | Partial<WarmPoolOptions>;
}

export interface Sandbox {
  execute(body: ExecuteBody, limits?: Partial<RunLimits>): Promise<ExecuteResult>;
  /**
   * Compiles once, runs samples then secret tests, stops at the first failure; notes in `locale` (en).
   * `runId` names the run where it is queued (a cluster's job id), so a stored submission can find it.
   */
  judge(
    problem: Problem,
    submission: { language: CodingLanguage; source: string; locale?: NoteLocale; runId?: string },
  ): Promise<SubmissionResult>;
  /** For /api/status: enabled, and the languages with their versions. */
  status(): Promise<ServiceStatus>;
  /** Runs in progress and waiting, for metrics. */
  load(): { running: number; queued: number; concurrency: number };
  /** Stops the warm pool: its sandboxes are killed and gone when this resolves (root mode: waits up to 2 s
   * for no process of the uid range to be left). Runs under way finish. */
  close(): Promise<void>;
  /** The warm pool, when there is one: idle() resolves once its refills are done. */
  readonly warm?: Pick<WarmPool<StartedPhase>, "idle" | "stats" | "size">;
  /** Host uids runs use (root mode), for process scans. */
  readonly uids: readonly number[];
  readonly mode: "root" | "user";
}

function checkSizes(source: string, stdin?: string): void {
  if (Buffer.byteLength(source) > MAX_SOURCE_BYTES) throw new InvalidSubmissionError("source is too large");
  if (stdin && Buffer.byteLength(stdin) > MAX_STDIN_BYTES)
    throw new InvalidSubmissionError("stdin is too large");
}

function describe(runtime: SandboxRuntime, pool: SlotPool, mode: string): string {
  const tools: Record<CodingLanguage, string> = {
    python: "",
    javascript: "node ",
    java: "",
    c: "gcc ",
    cpp: "g++ ",
  };
  const languages = [...runtime.toolchains.values()].map(
    (tc) => `${tc.language} (${tools[tc.language]}${tc.version})`,
  );
  const missing = [...runtime.unavailable].map(([language, reason]) => `${language} unavailable: ${reason}`);
  const isolation =
    mode === "root" ? "one unprivileged uid per run, locked host-wide" : "runs share the server's uid";
  return [languages.join(", "), `${pool.size} at once, ${isolation}`, ...missing].join("; ");
}

const SELF_TEST_SOURCE: Record<CodingLanguage, string> = {
  python: "pass\n",
  javascript: "\n",
  c: "int main(void) { return 0; }\n",
  cpp: "int main() { return 0; }\n",
  java: "public class Main { public static void main(String[] a) {} }\n",
};

export function createSandbox(config: SandboxConfig = {}): Sandbox {
  const mode = process.getuid?.() === 0 ? "root" : "user";
  const pool = new SlotPool(config.concurrency ?? availableParallelism(), config.maxQueue ?? 64);
  const leases =
    mode === "root"
      ? new UidLeases({
          base: config.uidBase ?? DEFAULT_UID_RANGE.base,
          slots: config.uidSlots ?? DEFAULT_UID_RANGE.slots,
          lockDir: config.uidLockDir ?? DEFAULT_UID_RANGE.lockDir,
        })
      : undefined;
  const uids = leases?.uids ?? [];
  const warm = config.warm
    ? warmPoolFor<StartedPhase>(config.warm, pool.size, leases?.range.slots)
    : undefined;
  let runtime: SandboxRuntime | undefined;
  let cgroupSetup: CgroupSetup | undefined;
  const cgroups = () =>
    (cgroupSetup ??= setUpCgroups(mode, config.cgroupParent ?? process.env.SANDBOX_CGROUP));
  let setupError: string | undefined;
  const ready = (): SandboxRuntime => {
    if (runtime) return runtime;
    if (setupError) throw new SandboxUnavailableError(setupError);
    try {
      const conflicts = uidConflicts(uids);
      if (conflicts.length) throw new Error(`${conflicts.join("; ")}: choose another uidBase`);
      leases?.check();
      // Sandboxes left by a server of this host that died would hold their uids' locks for good.
      reapOrphanedSandboxes(uids);
      runtime = prepareRuntime({ ...config, cacheDir: config.cacheDir ?? defaultCacheDir() });
      return runtime;
    } catch (error) {
      setupError = error instanceof Error ? error.message : String(error);
      throw new SandboxUnavailableError(setupError);
    }
  };
  const context = (slot: Slot): RunContext => ({
    runtime: ready(),
    slot,
    nice: config.nice ?? 10,
    ...(leases ? { uids: leases } : {}),
    ...(cgroups().cgroups ? { cgroups: cgroups().cgroups } : {}),
    ...(warm ? { warm } : {}),
  });
  const executeLimits = { ...DEFAULT_EXECUTE_LIMITS, ...config.executeLimits };
  let probe: Promise<string | undefined> | undefined;

  const execute = async (body: ExecuteBody, limits?: Partial<RunLimits>): Promise<ExecuteResult> => {
    checkSizes(body.source, body.stdin);
    ready();
    return pool.with(async (slot) => {
      const compiled = await compileProgram(context(slot), body.language, body.source);
      if (!compiled.ok) return compiled.result;
      return runProgram(context(slot), compiled.program, { ...executeLimits, ...limits }, body.stdin);
    });
  };

  const judge: Sandbox["judge"] = async (problem, submission) => {
    checkSizes(submission.source);
    ready();
    return pool.with((slot) => judgeSubmission(context(slot), problem, submission));
  };

  /** One real sandboxed run, once: proves namespaces, binds and the supervisor work on this host. */
  const selfTest = async (): Promise<string | undefined> => {
    const available = [...ready().toolchains.keys()];
    const language = (["python", "javascript", "c", "cpp", "java"] as const).find((id) =>
      available.includes(id),
    );
    if (!language) return "no language toolchain found";
    const source = SELF_TEST_SOURCE[language];
    const result = await pool.with((slot) => compileProgram(context(slot), language, source));
    return result.ok ? undefined : `sandbox self-test failed: ${result.result.stderr.slice(0, 300)}`;
  };

  const status = async (): Promise<ServiceStatus> => {
    try {
      const found = ready();
      // A failed self-test is retried next time: the host may have been fixed meanwhile.
      probe ??= selfTest().catch((error) => {
        probe = undefined;
        throw error;
      });
      const failure = await probe;
      const degraded = found.unavailable.size > 0;
      const detail = failure ?? describe(found, pool, mode);
      return { enabled: !failure && found.toolchains.size > 0, provider: "bubblewrap", detail, degraded };
    } catch (error) {
      // Too busy to run the self-test says nothing about the host.
      if (error instanceof SandboxBusyError && runtime) {
        return { enabled: true, provider: "bubblewrap", detail: describe(runtime, pool, mode) };
      }
      const detail = error instanceof Error ? error.message : String(error);
      return { enabled: false, provider: "bubblewrap", detail };
    }
  };

  const load = () => ({ running: pool.running, queued: pool.queued, concurrency: pool.size });
  const withCgroup = async (): Promise<ServiceStatus> => {
    const { delegated, detail } = cgroups();
    return { ...(await status()), cgroup: { delegated, detail } };
  };
  const close = async () => {
    await warm?.close();
    // A killed sandbox's last process may linger a moment as a zombie for the host's init to reap.
    await leftoverProcesses(uids);
  };
  return { execute, judge, status: withCgroup, load, close, uids, mode, ...(warm ? { warm } : {}) };
}
