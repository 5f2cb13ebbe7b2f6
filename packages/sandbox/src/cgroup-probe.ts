import { accessSync, constants, readFileSync } from "node:fs";
import { join } from "node:path";

/** Whether this process may create cgroups with the memory and pids controllers (a delegated cgroup v2). */
export interface CgroupDelegation {
  delegated: boolean;
  /** The cgroup folder we would create run cgroups under, when delegated. */
  path?: string;
  detail: string;
}

const NEEDED = ["memory", "pids"];

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The cgroup2 mount point, from our mount table (field 5 is the mount point, after " - " the type). */
function cgroup2Mount(mountinfo: string): string | undefined {
  for (const line of mountinfo.split("\n")) {
    const [before, after] = line.split(" - ");
    if (after?.startsWith("cgroup2 ")) return before?.split(" ")[4];
  }
  return undefined;
}

/**
 * The cgroup v2 folder runs would go under: `configured` (SANDBOX_CGROUP: an empty cgroup delegated to
 * the server) or the server's own cgroup, and whether it offers memory and pids and is writable by us.
 */
export function detectCgroupDelegation(procDir = "/proc/self", configured?: string): CgroupDelegation {
  const own = read(join(procDir, "cgroup"))
    ?.split("\n")
    .find((line) => line.startsWith("0::"))
    ?.slice(3);
  const mount = cgroup2Mount(read(join(procDir, "mountinfo")) ?? "");
  if (!configured && (own === undefined || !mount))
    return { delegated: false, detail: "no cgroup v2 hierarchy" };
  const path = configured || join(mount!, own!);
  const controllers = (read(join(path, "cgroup.controllers")) ?? "").trim().split(/\s+/);
  const missing = NEEDED.filter((name) => !controllers.includes(name));
  if (missing.length) {
    return { delegated: false, detail: `cgroup v2 at ${path} lacks the ${missing.join(" and ")} controller` };
  }
  try {
    accessSync(path, constants.W_OK);
    accessSync(join(path, "cgroup.subtree_control"), constants.W_OK);
    accessSync(join(path, "cgroup.procs"), constants.W_OK);
  } catch {
    return { delegated: false, detail: `cgroup v2 at ${path} is not writable by this process` };
  }
  return { delegated: true, path, detail: `cgroup v2 delegated at ${path} (memory, pids)` };
}
