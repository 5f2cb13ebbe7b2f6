/** The one line the in-sandbox supervisor writes on the result descriptor. */
export interface SupervisorReport {
  exitCode: number | null;
  signal: number;
  cpuMs: number;
  wallMs: number;
  maxRssKb: number;
  timeout: "none" | "cpu" | "wall" | "memory" | "files" | "output";
  execErrno: number;
  unpack: "none" | "ok" | "error";
  pack: "none" | "ok" | "error" | "too_large";
  /** The run's uid lock: "busy" when another process on the host holds it (nothing ran). */
  lock: "none" | "ok" | "busy";
  /** Bytes the supervisor relayed to stdout and stderr: with them in hand, the host has the whole output. */
  stdoutBytes: number;
  stderrBytes: number;
}

const TIMEOUTS = ["none", "cpu", "wall", "memory", "files", "output"] as const;
const UNPACK = ["none", "ok", "error"] as const;
const PACK = ["none", "ok", "error", "too_large"] as const;
const LOCK = ["none", "ok", "busy"] as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/** Parses the report; undefined when it is missing or malformed (the supervisor was killed). */
export function parseSupervisorReport(text: string): SupervisorReport | undefined {
  // The supervisor says "ready" once set up (before it waits for the job); the report is the line after.
  const line = text.replace(/^ready\n/, "").split("\n")[0] ?? "";
  const fields = new Map(line.split(" ").map((pair) => pair.split("=", 2) as [string, string]));
  const int = (name: string) => {
    const value = fields.get(name);
    return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : undefined;
  };
  const exit = int("exit");
  const [signal, cpuMs, wallMs, maxRssKb, execErrno, stdoutBytes, stderrBytes] = [
    "signal",
    "cpu_ms",
    "wall_ms",
    "maxrss_kb",
    "exec_errno",
    "out_bytes",
    "err_bytes",
  ].map(int);
  const timeout = oneOf(fields.get("timeout"), TIMEOUTS);
  const unpack = oneOf(fields.get("unpack"), UNPACK);
  const pack = oneOf(fields.get("pack"), PACK);
  const lock = oneOf(fields.get("lock"), LOCK);
  if (exit === undefined || signal === undefined || cpuMs === undefined || wallMs === undefined)
    return undefined;
  if (maxRssKb === undefined || execErrno === undefined || !timeout || !unpack || !pack || !lock)
    return undefined;
  if (stdoutBytes === undefined || stderrBytes === undefined) return undefined;
  return {
    exitCode: exit < 0 ? null : exit,
    signal,
    cpuMs,
    wallMs,
    maxRssKb,
    timeout,
    execErrno,
    unpack,
    pack,
    lock,
    stdoutBytes,
    stderrBytes,
  };
}
