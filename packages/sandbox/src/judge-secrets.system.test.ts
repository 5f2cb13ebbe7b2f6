import { join } from "node:path";
import { submissionResultSchema } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { createSandbox } from "./create-sandbox";
import { loadProblem } from "./problems/load-problems";
import { PROBLEMS_DIR } from "./problems/problems-dir";
import { processesOfUid } from "./process-scan";

const sandbox = createSandbox({ uidBase: 62_600, uidSlots: 4, concurrency: 2 });
const twoSum = () => loadProblem(join(PROBLEMS_DIR, "two-sum"), "two-sum");

/** two-sum's accepted Python solution, wrong on purpose once the input is not a sample's. */
const WRONG_ON_SECRETS = [
  "import sys",
  "data = sys.stdin.read().split()",
  "n, target, nums = int(data[0]), int(data[1]), [int(x) for x in data[2:]]",
  "seen = {}",
  "for j, v in enumerate(nums):",
  "    if target - v in seen:",
  "        print(seen[target - v], j) if (n, target) in [(4, 9), (3, 6)] else print('0 0')",
  "        break",
  "    seen.setdefault(v, j)",
].join("\n");

describe("judging", () => {
  it("reports figures for samples only: a secret test gives its verdict and nothing else", async () => {
    const result = submissionResultSchema.parse(
      await sandbox.judge(await twoSum(), { language: "python", source: WRONG_ON_SECRETS }),
    );
    expect(result.verdict).toBe("wrong_answer");
    const samples = result.tests.filter((test) => test.sample);
    const secrets = result.tests.filter((test) => !test.sample);
    expect(samples.length).toBeGreaterThan(0);
    for (const test of samples) expect(test.timeMs).toBeTypeOf("number");
    expect(secrets).toEqual([{ verdict: "wrong_answer", sample: false }]);
    // Only coarse aggregates over all the tests run.
    expect(result.timeMs! % 10).toBe(0);
    expect(result.memoryKb! % 1024).toBe(0);
    expect(result.message).toBeUndefined();
  }, 120_000);

  it("keeps the verdict when a failing sample's stderr holds NUL and invalid UTF-8", async () => {
    const source = "import sys\nsys.stderr.buffer.write(b'bad\\x00byte \\xff\\xfe end\\n')\nsys.exit(1)\n";
    const result = await sandbox.judge(await twoSum(), { language: "python", source });
    expect(result.verdict).toBe("runtime_error");
    expect(result.message).toBe("bad\uFFFDbyte \uFFFD\uFFFD end");
  }, 120_000);

  it("gives two sandboxes on one host distinct uids from the same range", async () => {
    if (sandbox.mode !== "root") return;
    const other = createSandbox({ uidBase: 62_600, uidSlots: 4, concurrency: 2 });
    const source = "import time\ntime.sleep(1.5)\nprint('done')\n";
    const runs = [sandbox, other, sandbox, other].map((s) => s.execute({ language: "python", source }));
    // Sample while all four sleep (the queue is empty: each sandbox runs two at once). Each run holds a
    // pair of uids (its supervisor's and its program's), so four runs at once hold eight distinct uids.
    const busyUids = new Set<number>();
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = sandbox.uids.filter((uid) => processesOfUid(uid).length > 0);
      for (const uid of now) busyUids.add(uid);
      if (busyUids.size === 8) break;
    }
    const results = await Promise.all(runs);
    expect(results.map((r) => r.stdout)).toEqual(Array(4).fill("done\n"));
    expect(busyUids.size).toBe(8);
  }, 120_000);
});
