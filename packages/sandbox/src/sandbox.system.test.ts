import { CODING_LANGUAGES, type CodingLanguage, executeResultSchema } from "@studio/protocol";
import { afterEach, describe, expect, it } from "vitest";
import { createSandbox } from "./create-sandbox";
import { leftoverProcesses } from "./host-leftovers";
import { processesOfUid } from "./process-scan";
import { InvalidSubmissionError, SandboxBusyError } from "./sandbox-errors";

// Each sandbox test file has its own uid range: vitest runs files in parallel.
const sandbox = createSandbox({ uidBase: 62_000, uidSlots: 4, concurrency: 2 });

const ECHO: Record<CodingLanguage, string> = {
  python: "import sys\nname = sys.stdin.read().strip()\nprint(f'안녕, {name}!')\n",
  javascript:
    "const name = require('fs').readFileSync(0, 'utf8').trim();\nconsole.log('안녕, ' + name + '!');\n",
  java: [
    "import java.util.Scanner;",
    "public class Main {",
    "  public static void main(String[] args) {",
    '    System.out.println("안녕, " + new Scanner(System.in).nextLine().trim() + "!");',
    "  }",
    "}",
  ].join("\n"),
  c: '#include <stdio.h>\nint main(void) { char name[64]; if (scanf("%63s", name) != 1) return 1; printf("안녕, %s!\\n", name); return 0; }\n',
  cpp: '#include <iostream>\n#include <string>\nint main() { std::string name; std::cin >> name; std::cout << "안녕, " << name << "!\\n"; }\n',
};

const BROKEN: Record<CodingLanguage, string> = {
  python: "def f(:\n  pass\n",
  javascript: "let x = ;\n",
  java: "public class Main { public static void main(String[] a) { int x = ; } }",
  c: "int main(void) { return x; }",
  cpp: "int main() { undefined_call(); }",
};

afterEach(async () => {
  expect(await leftoverProcesses(sandbox.uids)).toEqual([]);
});

describe("sandbox", () => {
  it("reports itself enabled with every language and its version", async () => {
    const status = await sandbox.status();
    expect(status.enabled, status.detail).toBe(true);
    expect(status.provider).toBe("bubblewrap");
    for (const pattern of [
      /python \(3\.\d+/,
      /javascript \(node \d+/,
      /java \(\d+/,
      /c \(gcc \d+/,
      /cpp \(g\+\+ \d+/,
    ]) {
      expect(status.detail).toMatch(pattern);
    }
  }, 60_000);

  it.each(CODING_LANGUAGES)(
    "runs %s with stdin, UTF-8 output and measurements",
    async (language) => {
      const result = executeResultSchema.parse(
        await sandbox.execute({ language, source: ECHO[language], stdin: "월드\n" }),
      );
      expect(result, result.stderr).toMatchObject({ status: "ok", stdout: "안녕, 월드!\n", exitCode: 0 });
      expect(result.memoryKb).toBeGreaterThan(0);
      expect(result.timeMs).toBeLessThan(2000);
    },
    60_000,
  );

  it.each(CODING_LANGUAGES)(
    "reports %s compile errors with the compiler's message",
    async (language) => {
      const result = await sandbox.execute({ language, source: BROKEN[language] });
      expect(result.status).toBe("compile_error");
      expect(result.stderr).toMatch(/error|Error/);
      expect(result.stdout).toBe("");
    },
    60_000,
  );

  it("compiles Java under the name of its public class", async () => {
    const source =
      "public class Solution { public static void main(String[] a) { System.out.println(42); } }";
    expect(await sandbox.execute({ language: "java", source })).toMatchObject({
      status: "ok",
      stdout: "42\n",
    });
  }, 60_000);

  it("passes a megabyte of stdin through and back", async () => {
    const stdin = `${"x".repeat(1024 * 1023)}\n`;
    const source = "import sys\ndata = sys.stdin.buffer.read()\nprint(len(data), data.count(b'x'))\n";
    const result = await sandbox.execute({ language: "python", source, stdin });
    expect(result.stdout).toBe(`${stdin.length} ${stdin.length - 1}\n`);
  }, 60_000);

  it("runs the program as an unprivileged user with no capabilities, under a slot's own host uids", async () => {
    const source = [
      "import os, time",
      "status = open('/proc/self/status').read()",
      "caps = [l.split()[1] for l in status.splitlines() if l.startswith(('CapEff', 'CapPrm', 'NoNewPrivs'))]",
      "print(os.getuid(), os.getgid(), *caps)",
      "time.sleep(1)",
    ].join("\n");
    let done = false;
    const running = sandbox.execute({ language: "python", source }).finally(() => {
      done = true;
    });
    // Every host uid seen running while the run lasts (no timing guess: the scan goes on until it ends).
    const seen = new Set<number>();
    while (!done) {
      for (const uid of sandbox.uids) if (processesOfUid(uid).length > 0) seen.add(uid);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const result = await running;
    if (sandbox.mode === "root") {
      // The supervisor (bwrap runs as it) and the program: one slot's two uids, never the same one.
      expect(result.stdout).toBe("1001 1001 0000000000000000 0000000000000000 1\n");
      // Compile and run phases may take different slots; each program uid ran beside its supervisor's.
      const programs = [...seen].filter((uid) => (uid - sandbox.uids[0]!) % 2 === 1);
      expect(programs.length).toBeGreaterThan(0);
      for (const uid of programs) expect(seen.has(uid - 1)).toBe(true);
    } else {
      expect(result.stdout).toBe("1000 1000 0000000000000000 0000000000000000 1\n");
    }
  }, 60_000);

  it("applies per-run limits", async () => {
    const result = await sandbox.execute(
      { language: "c", source: "int main(void) { for (;;) {} }" },
      { timeMs: 200, memoryMb: 64, outputKb: 4 },
    );
    // CPU or, on a starved host, the wall clock (1.4 s): either way this run's limit, not the default.
    expect(result.status).toBe("time_limit");
    // Stopped at this run's 200 ms, not the default 2 s (however late the poll ran on a busy host).
    expect(result.timeMs).toBeLessThan(2000);
  }, 60_000);

  it("queues runs beyond its concurrency and runs them all", async () => {
    const source = "import time\ntime.sleep(0.4)\nprint('done')\n";
    const runs = Array.from({ length: 5 }, () => sandbox.execute({ language: "python", source }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const load = sandbox.load();
    const results = await Promise.all(runs);
    expect(load).toMatchObject({ running: 2, queued: 3, concurrency: 2 });
    expect(results.map((r) => r.stdout)).toEqual(Array(5).fill("done\n"));
  }, 60_000);

  it("rejects work beyond its queue and oversized sources", async () => {
    const small = createSandbox({ uidBase: 62_050, uidSlots: 2, concurrency: 1, maxQueue: 1 });
    const source = "import time\ntime.sleep(0.3)\n";
    const first = small.execute({ language: "python", source });
    const second = small.execute({ language: "python", source });
    await expect(small.execute({ language: "python", source })).rejects.toBeInstanceOf(SandboxBusyError);
    await Promise.all([first, second]);
    await expect(small.execute({ language: "python", source: "#".repeat(70_000) })).rejects.toBeInstanceOf(
      InvalidSubmissionError,
    );
  }, 60_000);
});
