import { spawnSync } from "node:child_process";

/** The first line a binary prints for `args` (its version), or null when it is not installed. */
export function probeBinary(command: string, args: string[] = ["--version"]): string | null {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 5000 });
  if (result.error || result.status !== 0) return null;
  return `${result.stdout}${result.stderr}`.trim().split("\n")[0] ?? "";
}
