import type { CodingLanguage, ExecuteResult } from "@studio/protocol";
import { bwrapArgs, type PhaseCommand } from "./bwrap-args";
import type { RunCgroups } from "./cgroup-runs";
import { classifyRun, signalName } from "./classify-run";
import { loadedBytes } from "./elf-size";
import { decodeArchive, encodeArchive } from "./file-archive";
import { compilePhaseLimits, LANGUAGES, type LanguageSpec, runPhaseLimits } from "./languages";
import type { PhaseLimits, RunLimits } from "./limits";
import { memoryUsedKb } from "./run-memory";
import type { PhaseOutcome, PhaseSpawn, StartedPhase } from "./run-phase";
import { SandboxUnavailableError } from "./sandbox-errors";
import type { SandboxRuntime } from "./sandbox-runtime";
import { freshPhase, neverRan, startSandbox } from "./sandbox-start";
import type { Slot } from "./slot-pool";
import { withSupervisorCopy } from "./supervisor-public";
import type { UidLeases } from "./uid-leases";
import type { WarmPool } from "./warm-pool";

/** A program ready to run: the files for /work and the command, compiled once and run many times. */
export interface CompiledProgram {
  language: CodingLanguage;
  files: Buffer;
  file: string;
  /** For native binaries: the memory their segments need before main runs. */
  loadedBytes?: number;
}

export type CompileOutcome = { ok: true; program: CompiledProgram } | { ok: false; result: ExecuteResult };

export interface RunContext {
  runtime: SandboxRuntime;
  slot: Slot;
  nice: number;
  /** Root mode: the host uids runs take, one per run, locked host-wide. */
  uids?: UidLeases;
  /** Root mode on a host with a delegated cgroup v2: each run gets a cgroup of its own under it. */
  cgroups?: RunCgroups;
  /** Pre-started sandboxes (warm-pool.ts): a run takes one when there is one for its key. */
  warm?: WarmPool<StartedPhase>;
}

/** A compile (or check) sees the toolchain; a run of a compiled program only what it needs to run. */
type PhaseKind = "compile" | "run";

function toolchainOf(runtime: SandboxRuntime, language: CodingLanguage, kind: PhaseKind = "compile") {
  const toolchain = runtime.toolchains.get(language);
  const view = (kind === "run" ? runtime.runViews : runtime.views).get(language);
  if (!toolchain || !view)
    throw new SandboxUnavailableError(`${language} is not available: ${runtime.unavailable.get(language)}`);
  return { toolchain, view };
}

async function phase(
  context: RunContext,
  language: CodingLanguage,
  command: PhaseCommand,
  files: Buffer,
  kind: PhaseKind,
  stdin?: string,
): Promise<PhaseOutcome> {
  const view = withSupervisorCopy(
    toolchainOf(context.runtime, language, kind).view,
    context.runtime.supervisor,
  );
  const rootMode = context.uids !== undefined;
  const spawn: PhaseSpawn = {
    bwrap: context.runtime.bwrap,
    args: bwrapArgs(view, rootMode ? { ...command, lockUid: true, twoUids: true } : command),
    // Only when bubblewrap copies it from a descriptor (no public copy to bind, see HostView).
    ...(view.supervisor ? {} : { supervisor: context.runtime.supervisor }),
    limits: command.limits,
  };
  const job = { files, ...(stdin === undefined ? {} : { stdin }) };
  // Everything a sandbox's start depends on is in its arguments (and whether the supervisor is copied).
  const key = `${spawn.supervisor ? "copy" : "bind"}\0${spawn.args.join("\0")}`;
  const pool = context.warm;
  const warm = pool?.take(key);
  // Refilled in the background, in parallel with this run (a judge's next test finds one ready).
  pool?.want(key, () => startSandbox(context, spawn)?.phase);
  if (pool && warm) {
    const outcome = await warm.handOver(job);
    if (!neverRan(outcome)) return outcome;
    pool.stats.fallbacks++;
  }
  return freshPhase(context, spawn, job);
}

function resultOf(outcome: PhaseOutcome, limits: PhaseLimits, spec: LanguageSpec): ExecuteResult {
  const report = outcome.report;
  const signal = report?.signal ? signalName(report.signal) : undefined;
  return {
    status: classifyRun(outcome, limits, spec.outOfMemory),
    stdout: outcome.stdout,
    stderr: outcome.stderr,
    exitCode: report?.exitCode ?? null,
    timeMs: report?.cpuMs ?? 0,
    memoryKb: memoryUsedKb(outcome),
    wallMs: report?.wallMs ?? 0,
    ...(signal ? { signal } : {}),
  };
}

function tooBigToLoad(bytes: number): ExecuteResult {
  const stderr = `the program's static data needs ${Math.ceil(bytes / 1048576)} MB, more than the memory limit`;
  return {
    status: "memory_limit",
    stdout: "",
    stderr,
    exitCode: null,
    timeMs: 0,
    memoryKb: Math.ceil(bytes / 1024),
    wallMs: 0,
  };
}

/** Checks (Python, JavaScript) or compiles (Java, C, C++) the source in its own sandbox. */
export async function compileProgram(
  context: RunContext,
  language: CodingLanguage,
  source: string,
): Promise<CompileOutcome> {
  const spec = LANGUAGES[language];
  const { toolchain } = toolchainOf(context.runtime, language);
  const file = spec.sourceFile(source);
  const sourceArchive = encodeArchive([{ name: file, data: source }]);
  const { argv, packDir } = spec.compile(toolchain, file);
  const limits = compilePhaseLimits(spec);
  const command = { argv, limits, nice: context.nice, ...(packDir ? { packDir } : {}) };
  const outcome = await phase(context, language, command, sourceArchive, "compile");
  const result = resultOf(outcome, limits, spec);
  const packed = !packDir || outcome.report?.pack === "ok";
  if (result.status === "ok" && packed) {
    const files = packDir ? outcome.packed : sourceArchive;
    const binary = spec.native ? decodeArchive(files).find((entry) => entry.name === spec.native) : undefined;
    const size = binary ? loadedBytes(Buffer.from(binary.data)) : undefined;
    return {
      ok: true,
      program: { language, file, files, ...(size === undefined ? {} : { loadedBytes: size }) },
    };
  }
  const why =
    result.status === "ok"
      ? "the compiler's output is too large"
      : result.status === "runtime_error"
        ? ""
        : `compilation stopped: ${result.status.replace("_", " ")} exceeded`;
  const message = [outcome.stdout, outcome.stderr, why].filter(Boolean).join("\n");
  return { ok: false, result: { ...result, status: "compile_error", stdout: "", stderr: message } };
}

export async function runProgram(
  context: RunContext,
  program: CompiledProgram,
  limits: RunLimits,
  stdin?: string,
): Promise<ExecuteResult> {
  const spec = LANGUAGES[program.language];
  const { toolchain } = toolchainOf(context.runtime, program.language);
  const phaseLimits = runPhaseLimits(spec, limits);
  if ((program.loadedBytes ?? 0) > phaseLimits.memKb * 1024) return tooBigToLoad(program.loadedBytes!);
  const argv = spec.run(toolchain, program.file, limits);
  const outcome = await phase(
    context,
    program.language,
    { argv, limits: phaseLimits, nice: context.nice },
    program.files,
    "run",
    stdin,
  );
  return resultOf(outcome, phaseLimits, spec);
}
