import { describe, expect, it } from "vitest";
import { bwrapArgs } from "./bwrap-args";
import { decodeArchive, encodeArchive } from "./file-archive";
import { LANGUAGES, runPhaseLimits } from "./languages";
import { runPhase } from "./run-phase";
import { prepareRuntime } from "./sandbox-runtime";
import { defaultCacheDir } from "./supervisor-binary";

/**
 * The supervisor's file handling, driven directly: it is the only code that touches a job's files,
 * and it does so inside the sandbox, relative to directory descriptors, never following links.
 */
const runtime = prepareRuntime({ cacheDir: defaultCacheDir(), languages: ["python"] });
const python = runtime.toolchains.get("python")!;
const limits = runPhaseLimits(LANGUAGES.python, { timeMs: 1000, memoryMb: 64, outputKb: 64 });
// As root, the sandbox runs the way the server runs it: bubblewrap as the supervisor's uid, the program
// under a second one (the host writes the map).
const uids = process.getuid?.() === 0 ? { supervisor: 62_300, program: 62_301 } : undefined;

function phase(files: Buffer, source: string, packDir?: string) {
  const command = {
    argv: [python.commands.python!, "-I", "-c", source],
    limits,
    nice: 0,
    ...(packDir ? { packDir } : {}),
  };
  return runPhase({
    bwrap: runtime.bwrap,
    args: bwrapArgs(runtime.views.get("python")!, { ...command, twoUids: uids !== undefined }),
    supervisor: runtime.supervisor,
    files,
    limits,
    ...(uids ? { uids } : {}),
  });
}

describe("supervisor", () => {
  it("packs only regular files: planted symlinks, fifos and folders are skipped, never followed", async () => {
    const plant = [
      "import os",
      "os.makedirs('out/nested')",
      "open('out/result.txt', 'w').write('kept')",
      "open('out/nested/deep.txt', 'w').write('not packed')",
      "os.symlink('/etc/passwd', 'out/passwd')",
      "os.symlink('/proc/self/environ', 'out/environ')",
      "os.symlink('result.txt', 'out/alias')",
      "os.mkfifo('out/fifo')",
    ].join("\n");
    const outcome = await phase(Buffer.alloc(0), plant, "out");
    expect(outcome.report?.pack, outcome.stderr).toBe("ok");
    const files = decodeArchive(outcome.packed);
    expect(files.map((f) => [f.name, Buffer.from(f.data).toString()])).toEqual([["result.txt", "kept"]]);
  }, 30_000);

  it("refuses archive entries that would leave the work folder, and reports it", async () => {
    for (const name of ["../escape", "/etc/x", "a/b", ".."]) {
      const archive = Buffer.from(`5 644 ${name}\nhello`);
      const outcome = await phase(archive, "print('ran')");
      expect(outcome.report?.unpack, name).toBe("error");
      expect(outcome.stdout).toBe("");
    }
  }, 30_000);

  it("unpacks with the modes it was given and never over an existing file", async () => {
    const archive = encodeArchive([
      { name: "run.sh", data: "#!/bin/sh\n", mode: 0o755 },
      { name: "data.txt", data: "x" },
    ]);
    const check =
      "import os\nprint(oct(os.stat('run.sh').st_mode & 0o777), oct(os.stat('data.txt').st_mode & 0o777))";
    const outcome = await phase(archive, check);
    expect(outcome.stdout).toBe("0o755 0o644\n");
    const twice = Buffer.concat([
      encodeArchive([{ name: "a", data: "1" }]),
      encodeArchive([{ name: "a", data: "2" }]),
    ]);
    expect((await phase(twice, "print('ran')")).report?.unpack).toBe("error");
  }, 30_000);

  it("measures the whole sandbox's memory and reports CPU, wall time and the exit status", async () => {
    const source =
      "import os\nif os.fork() == 0:\n    x = b'a' * (40 << 20)\n    os._exit(0)\nos.wait()\ny = b'b' * (30 << 20)\n";
    const outcome = await phase(Buffer.alloc(0), source);
    expect(outcome.report).toMatchObject({ exitCode: 0, signal: 0, timeout: "none", execErrno: 0 });
    expect(outcome.report!.maxRssKb).toBeGreaterThan(40 * 1024);
    expect(outcome.report!.wallMs).toBeGreaterThanOrEqual(outcome.report!.cpuMs / 4);
  }, 30_000);
});
