import { detectCgroupDelegation } from "./cgroup-probe";
import { RunCgroups } from "./cgroup-runs";

/** Whether runs get cgroups of their own here, and what /api/status says about it. */
export interface CgroupSetup {
  cgroups?: RunCgroups;
  delegated: boolean;
  detail: string;
}

const WITHOUT =
  "memory is the supervisor's poll of every process plus per-process rlimits, with seccomp refusing what it cannot count";

/**
 * Root mode on a host that delegates a cgroup v2 (memory and pids): every run gets a cgroup with
 * memory.max and pids.max, and its verdict reads memory.events. Elsewhere the supervisor's poll alone.
 * `configured` is SANDBOX_CGROUP (an empty delegated cgroup); without it, the server's own cgroup.
 */
export function setUpCgroups(mode: "root" | "user", configured?: string, procDir?: string): CgroupSetup {
  const found = detectCgroupDelegation(procDir, configured);
  if (!found.delegated || !found.path) return { delegated: false, detail: `${found.detail}: ${WITHOUT}` };
  if (mode !== "root") {
    return {
      delegated: true,
      detail: `${found.detail}; not used (runs are placed in cgroups in root mode): ${WITHOUT}`,
    };
  }
  const cgroups = new RunCgroups(found.path);
  try {
    cgroups.prepare();
  } catch (error) {
    return { delegated: true, detail: `${found.detail}; not used: ${(error as Error).message}; ${WITHOUT}` };
  }
  return {
    cgroups,
    delegated: true,
    detail: `${found.detail}; each run has its own cgroup (memory.max, pids.max, memory.events), with the supervisor's poll as well`,
  };
}
