import { constants } from "node:os";
import type { ExecuteStatus } from "@studio/protocol";
import type { PhaseLimits } from "./limits";
import type { PhaseOutcome } from "./run-phase";
import { SandboxFailure } from "./sandbox-errors";

const ENOMEM = 12;
const E2BIG = 7;
/** How Python, Node.js, Java and C's strerror report a write past RLIMIT_FSIZE. */
const FILE_TOO_LARGE = /\bfile too large\b|\bEFBIG\b/i;

export function signalName(signal: number): string | undefined {
  return Object.entries(constants.signals).find(([, number]) => number === signal)?.[0];
}

/**
 * The status of one run, from what the supervisor and host saw. Order matters: a run that hit a limit
 * is judged by that limit before anything it printed on its way down.
 */
export function classifyRun(outcome: PhaseOutcome, limits: PhaseLimits, outOfMemory: RegExp): ExecuteStatus {
  const { report } = outcome;
  if (outcome.stdoutOverflow || outcome.stderrOverflow) return "output_limit";
  // The kernel killed a process of the run at memory.max (maybe the supervisor itself: no report then).
  if ((outcome.cgroup?.oomKills ?? 0) > 0) return "memory_limit";
  if (!report) {
    // The sandbox never started right (a spawn error, a uid map or cgroup the host could not set up).
    if (outcome.spawnError) throw new SandboxFailure(outcome.spawnError);
    if (outcome.hostKilled) return "time_limit";
    if (outcome.spawnError || /^bwrap: /m.test(outcome.stderr)) {
      throw new SandboxFailure(outcome.spawnError ?? outcome.stderr.trim());
    }
    return "runtime_error";
  }
  if (report.lock === "busy") throw new SandboxFailure("the run's uid was taken by another process");
  if (report.unpack === "error") throw new SandboxFailure("the supervisor could not unpack the job's files");
  if (report.execErrno === ENOMEM || report.execErrno === E2BIG) return "memory_limit";
  if (report.execErrno !== 0) throw new SandboxFailure(`exec failed with errno ${report.execErrno}`);
  // Memory before time: faulting pages in costs CPU, so a hog on a slow host may hit both.
  if (report.timeout === "memory" || report.maxRssKb > limits.memKb) return "memory_limit";
  if (report.timeout === "cpu" || report.timeout === "wall") return "time_limit";
  // The CPU of every process of the run, orphans included: over the limit is over, however it ended.
  if (limits.cpuMs > 0 && report.cpuMs > limits.cpuMs) return "time_limit";
  // Writing too much to disk (too many files, or one past RLIMIT_FSIZE) is output, like stdout.
  if (report.timeout === "files" || report.timeout === "output") return "output_limit";
  if (report.signal === constants.signals.SIGXCPU) return "time_limit";
  if (report.signal === constants.signals.SIGXFSZ) return "output_limit";
  const failed = report.signal !== 0 || report.exitCode !== 0;
  if (failed && outOfMemory.test(outcome.stderr)) return "memory_limit";
  // Runtimes that ignore SIGXFSZ (Python does) fail the write with EFBIG instead: the same file limit.
  if (failed && FILE_TOO_LARGE.test(outcome.stderr)) return "output_limit";
  return failed ? "runtime_error" : "ok";
}
