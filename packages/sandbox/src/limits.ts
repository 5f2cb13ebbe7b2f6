/** Limits a caller states for one program run (C and C++ scale; languages apply their own factors). */
export interface RunLimits {
  /** CPU time (user + system) of the program. */
  timeMs: number;
  /** Peak resident memory of everything the program runs. */
  memoryMb: number;
  /** Bytes of stdout kept before the run is stopped with output_limit. */
  outputKb: number;
}

/** What the in-sandbox supervisor and the host enforce for one phase (compile or run). */
export interface PhaseLimits {
  cpuMs: number;
  /** Wall clock: kills a program that sleeps or blocks. */
  wallMs: number;
  /** Summed resident memory of all the sandbox's processes, polled every 10 ms. */
  memKb: number;
  /** Per-process hard caps (rlimits), the backstop between polls. */
  asKb?: number;
  dataKb?: number;
  stackKb: number;
  fsizeKb: number;
  nofile: number;
  /** Processes and threads the program may have at once. */
  nproc: number;
  /** Size of each writable tmpfs: /work, /tmp and /dev/shm. */
  tmpfsMb: number;
  /** Files and folders on those together. */
  maxFiles: number;
  stdoutKb: number;
  stderrKb: number;
}

export const DEFAULT_EXECUTE_LIMITS: RunLimits = { timeMs: 2000, memoryMb: 256, outputKb: 64 };

/** Wall clock for a CPU budget: room for a loaded machine, but sleeping programs still end soon. */
export function wallClockFor(cpuMs: number): number {
  return cpuMs * 2 + 1000;
}
