import { readdirSync, readFileSync } from "node:fs";

/** Processes named `name` whose parent is this process (from /proc; Linux only). */
export function childProcessesNamed(name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid ..."; comm may hold spaces, so read around the last ")".
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (comm === name && Number(ppid) === process.pid && state !== "Z") pids.push(Number(entry));
  }
  return pids;
}
