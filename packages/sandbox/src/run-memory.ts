import type { PhaseOutcome } from "./run-phase";

/**
 * The memory a run used, in KB. With a cgroup of its own, the kernel's `memory.peak` (everything the run
 * could allocate: anonymous memory, tmpfs and shared memory, page tables, and the supervisor's own small
 * share); without one (or on kernels before 5.19, which have no memory.peak), the supervisor's figure: the
 * larger of the polled resident sum of the run's processes and every reaped process's ru_maxrss.
 */
export function memoryUsedKb(outcome: Pick<PhaseOutcome, "report" | "cgroup">): number {
  const peak = outcome.cgroup?.peakKb;
  if (peak !== undefined && peak > 0) return peak;
  return outcome.report?.maxRssKb ?? 0;
}
