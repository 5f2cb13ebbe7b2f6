import type { CodingLanguage, ExecuteResult, ExecuteStatus } from "@studio/protocol";
import { expect } from "vitest";
import type { Sandbox } from "./create-sandbox";
import { leftoverFiles, leftoverProcesses } from "./host-leftovers";
import type { RunLimits } from "./limits";

/** One hostile program and the status it must end with. */
export interface AttackCase {
  name: string;
  language: CodingLanguage;
  source: string;
  expect: ExecuteStatus;
  stdin?: string;
  /** Limits sized so the intended verdict wins with margin on a slow, busy host. */
  limits?: RunLimits;
  check?: (result: ExecuteResult) => void;
}

export const C_HEADERS =
  "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n";

/**
 * Runs attack cases at once, then checks that each ended as expected, that no process of the run's uids
 * and no file owned by them is left on the host, and that a run right after starts clean.
 */
export function attackHarness(sandbox: Sandbox, defaults: RunLimits) {
  /** A run right after must see empty /tmp and /dev/shm, only its own source in /work, and no other process. */
  async function expectCleanNextRun(): Promise<void> {
    const probe = [
      "import os, json",
      "pids = sorted(int(p) for p in os.listdir('/proc') if p.isdigit())",
      "print(json.dumps([os.listdir('/tmp'), os.listdir('/dev/shm'), sorted(os.listdir('/work')), pids]))",
    ].join("\n");
    const result = await sandbox.execute({ language: "python", source: probe });
    expect(JSON.parse(result.stdout)).toEqual([[], [], ["main.py"], [1, 2]]);
  }

  async function runCases(cases: AttackCase[]): Promise<ExecuteResult[]> {
    const results = await Promise.all(
      cases.map((c) =>
        sandbox.execute({ language: c.language, source: c.source, stdin: c.stdin }, c.limits ?? defaults),
      ),
    );
    results.forEach((result, i) => {
      const c = cases[i]!;
      expect(result.status, `${c.name} (${c.language}): ${result.stderr.slice(-400)}`).toBe(c.expect);
      c.check?.(result);
    });
    expect(await leftoverProcesses(sandbox.uids), "processes left behind").toEqual([]);
    expect(leftoverFiles(sandbox.uids), "files left on the host").toEqual([]);
    await expectCleanNextRun();
    return results;
  }

  return { runCases, expectCleanNextRun };
}
