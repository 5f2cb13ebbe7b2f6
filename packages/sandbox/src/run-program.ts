import type { CodingLanguage, ExecuteResult } from "@studio/protocol";
import { bwrapArgs, type PhaseCommand } from "./bwrap-args";
import type { RunCgroups } from "./cgroup-runs";
import { classifyRun, signalName } from "./classify-run";
import { loadedBytes } from "./elf-size";
import { decodeArchive, encodeArchive } from "./file-archive";
import { compilePhaseLimits, LANGUAGES, type LanguageSpec, runPhaseLimits } from "./languages";
import type { PhaseLimits, RunLimits } from "./limits";
import { memoryUsedKb } from "./run-memory";
import { type PhaseOutcome, runPhase } from "./run-phase";
import { SandboxBusyError, SandboxUnavailableError } from "./sandbox-errors";
import type { SandboxRuntime } from "./sandbox-runtime";
import type { Slot } from "./slot-pool";
import { withSupervisorCopy } from "./supervisor-public";
import type { UidLeases } from "./uid-leases";

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
  const input = {
    bwrap: context.runtime.bwrap,
    // Only when bubblewrap copies it from a descriptor (no public copy to bind, see HostView).
    ...(view.supervisor ? {} : { supervisor: context.runtime.supervisor }),
    files,
    ...(stdin === undefined ? {} : { stdin }),
    limits: command.limits,
  };
  if (!context.uids) return runPhase({ ...input, args: bwrapArgs(view, command) });
  // Another server on this host may hold a uid: its supervisor says "busy" at once, and we take the next.
  const busy = new Set<number>();
  for (let lease = context.uids.lease(); lease; lease = context.uids.lease(busy)) {
    let started = false;
    try {
      const args = bwrapArgs(view, { ...command, lockUid: true, twoUids: true });
      const uids = { supervisor: lease.uid, program: lease.programUid };
      const cgroup = context.cgroups?.create(command.limits);
      started = true;
      // The uid is free once bubblewrap has exited: its pid namespace takes everything of the run with it
      // (--die-with-parent). The outcome may come a few ms before that.
      const outcome = await runPhase({
        ...input,
        args,
        uids,
        lockFd: lease.lockFd,
        onExit: () => lease.release(),
        ...(cgroup ? { cgroup } : {}),
      });
      if (outcome.report?.lock !== "busy") return outcome;
      busy.add(lease.uid);
    } finally {
      if (!started) lease.release();
    }
  }
  throw new SandboxBusyError(0, `every sandbox uid is in use (${busy.size} by other processes)`);
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
