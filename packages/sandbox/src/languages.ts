import type { CodingLanguage } from "@studio/protocol";
import type { PhaseLimits, RunLimits } from "./limits";
import { wallClockFor } from "./limits";
import type { Toolchain } from "./toolchains";

/** How one language is checked or compiled, run, limited and judged out of memory. */
export interface LanguageSpec {
  id: CodingLanguage;
  name: string;
  sourceFile(source: string): string;
  /** A syntax check or a compilation; packDir is set when the run needs the files it produces. */
  compile(toolchain: Toolchain, file: string): { argv: string[]; packDir?: string };
  run(toolchain: Toolchain, file: string, limits: RunLimits): string[];
  /** The compiled executable's name, for languages that compile to native code. */
  native?: string;
  /** Slower runtimes get more CPU time: timeMs * factor + extraMs. */
  time: { factor: number; extraMs: number };
  /** Resident memory the runtime itself needs, allowed on top of the problem's limit. */
  runtimeMb: number;
  /**
   * The per-process rlimit backing the polled memory limit up, and the headroom it gets for what the
   * runtime reserves without using (the JVM's heap, code cache and class space; V8's data regions).
   */
  memoryRlimit: { kind: "as" | "data"; headroomMb: number };
  nproc: number;
  /** What the runtime prints when it runs out of memory. */
  outOfMemory: RegExp;
}

const JVM_FLAGS = [
  "-XX:+UseSerialGC",
  "-XX:TieredStopAtLevel=1",
  "-XX:ReservedCodeCacheSize=32m",
  "-XX:CompressedClassSpaceSize=64m",
  "-XX:MaxMetaspaceSize=128m",
  "-XX:-UsePerfData",
  "-Xshare:auto",
  "-Dfile.encoding=UTF-8",
  "-Dsun.stdout.encoding=UTF-8",
  "-Dsun.stderr.encoding=UTF-8",
];

/** The public class a Java source declares, so `public class Solution` compiles as Solution.java. */
export function javaMainClass(source: string): string {
  return /\bpublic\s+(?:final\s+)?class\s+([A-Za-z_$][\w$]*)/.exec(source)?.[1] ?? "Main";
}

const python: LanguageSpec = {
  id: "python",
  name: "Python",
  sourceFile: () => "main.py",
  compile: (tc, file) => ({ argv: [tc.commands.python!, "-I", "-m", "py_compile", file] }),
  run: (tc, file) => [tc.commands.python!, "-I", "-B", file],
  time: { factor: 3, extraMs: 300 },
  runtimeMb: 16,
  memoryRlimit: { kind: "as", headroomMb: 64 },
  nproc: 16,
  outOfMemory: /\bMemoryError\b/,
};

const javascript: LanguageSpec = {
  id: "javascript",
  name: "JavaScript (Node.js)",
  sourceFile: () => "main.js",
  compile: (tc, file) => ({ argv: [tc.commands.node!, "--check", file] }),
  run: (tc, file, limits) => [
    tc.commands.node!,
    `--max-old-space-size=${limits.memoryMb}`,
    "--stack-size=32768",
    file,
  ],
  time: { factor: 2, extraMs: 300 },
  runtimeMb: 64,
  // V8 reserves far more address space than it uses: its heap is capped by flag, the process by data.
  memoryRlimit: { kind: "data", headroomMb: 256 },
  nproc: 32,
  outOfMemory: /JavaScript heap out of memory|Reached heap limit|Allocation failed/,
};

const java: LanguageSpec = {
  id: "java",
  name: "Java",
  sourceFile: (source) => `${javaMainClass(source)}.java`,
  compile: (tc, file) => ({
    argv: [
      tc.commands.javac!,
      "-J-Xmx384m",
      ...JVM_FLAGS.map((flag) => `-J${flag}`),
      "-encoding",
      "UTF-8",
      "-Xmaxerrs",
      "20",
      "-d",
      "out",
      file,
    ],
    packDir: "out",
  }),
  run: (tc, file, limits) => [
    tc.commands.java!,
    `-Xmx${limits.memoryMb}m`,
    "-Xss32m",
    ...JVM_FLAGS,
    "-cp",
    ".",
    file.replace(/\.java$/, ""),
  ],
  time: { factor: 2, extraMs: 500 },
  runtimeMb: 96,
  memoryRlimit: { kind: "as", headroomMb: 1536 },
  nproc: 64,
  // Not "unable to create native thread": that is the process limit, a runtime error.
  outOfMemory: /OutOfMemoryError: (Java heap space|GC overhead limit|Requested array size|Metaspace)/,
};

function gccLanguage(id: "c" | "cpp"): LanguageSpec {
  const standard = id === "c" ? ["-std=c17", "-x", "c"] : ["-std=c++17", "-x", "c++"];
  return {
    id,
    name: id === "c" ? "C17 (gcc)" : "C++17 (g++)",
    sourceFile: () => (id === "c" ? "main.c" : "main.cpp"),
    compile: (tc, file) => ({
      argv: [
        tc.commands.compiler!,
        ...standard,
        "-O2",
        "-pipe",
        "-fmax-errors=20",
        "-o",
        "out/main",
        file,
        "-lm",
      ],
      packDir: "out",
    }),
    run: () => ["./main"],
    native: "main",
    time: { factor: 1, extraMs: 0 },
    runtimeMb: 4,
    memoryRlimit: { kind: "as", headroomMb: 64 },
    nproc: 16,
    outOfMemory: /std::bad_alloc/,
  };
}

export const LANGUAGES: Record<CodingLanguage, LanguageSpec> = {
  python,
  javascript,
  java,
  c: gccLanguage("c"),
  cpp: gccLanguage("cpp"),
};

/** Address space or data caps per process: generous, since the polled sum is the real limit. */
function memoryRlimits(spec: LanguageSpec, memoryMb: number): Pick<PhaseLimits, "asKb" | "dataKb"> {
  const kb = (memoryMb + spec.runtimeMb + spec.memoryRlimit.headroomMb) * 1024;
  return spec.memoryRlimit.kind === "data" ? { dataKb: kb } : { asKb: kb };
}

export function runPhaseLimits(spec: LanguageSpec, limits: RunLimits): PhaseLimits {
  const cpuMs = Math.round(limits.timeMs * spec.time.factor + spec.time.extraMs);
  return {
    cpuMs,
    wallMs: wallClockFor(cpuMs),
    memKb: (limits.memoryMb + spec.runtimeMb) * 1024,
    ...memoryRlimits(spec, limits.memoryMb),
    stackKb: 64 * 1024,
    // Below the tmpfs size, so one huge file ends in SIGXFSZ (output_limit), not a full disk.
    fsizeKb: 8 * 1024,
    nofile: 128,
    nproc: spec.nproc,
    tmpfsMb: 16,
    maxFiles: 1024,
    stdoutKb: limits.outputKb,
    stderrKb: 64,
  };
}

/** Compilers get their own, larger budget; compile bombs hit it and end as compile errors. */
export function compilePhaseLimits(spec: LanguageSpec): PhaseLimits {
  const jvm = spec.id === "java";
  return {
    cpuMs: 10_000,
    wallMs: 20_000,
    memKb: 768 * 1024,
    asKb: (jvm ? 2560 : 1024) * 1024,
    stackKb: 64 * 1024,
    fsizeKb: 48 * 1024,
    nofile: 256,
    nproc: 64,
    tmpfsMb: 64,
    maxFiles: 4096,
    stdoutKb: 64,
    stderrKb: 64,
  };
}
