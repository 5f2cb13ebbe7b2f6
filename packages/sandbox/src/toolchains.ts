import { existsSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { CodingLanguage } from "@studio/protocol";
import { findBinary, isInside, libraryDirs, outermost, runTool } from "./host-paths";

/** Where a language's tools live on the host, and what of the host the sandbox must see to run them. */
export interface Toolchain {
  language: CodingLanguage;
  version: string;
  /** Host paths bound read-only at the same path. */
  binds: string[];
  /** Host files bound read-only under another name (as, ld where gcc looks for them). */
  renamed: Array<{ from: string; to: string }>;
  /** Executables by role (python, node, java, javac, compiler), as paths inside the sandbox. */
  commands: Record<string, string>;
  /** Binaries whose shared libraries must be visible. */
  binaries: string[];
  /**
   * Native languages: the folders of the compiled program's own runtime libraries (libstdc++, libgcc_s).
   * A run then sees those and the shared-library folders only, not the compiler, headers or binutils.
   */
  runLibraryDirs?: string[];
}

export type ToolchainLookup = { ok: true; toolchain: Toolchain } | { ok: false; reason: string };

export interface ToolchainPaths {
  python?: string;
  node?: string;
  javaHome?: string;
  gcc?: string;
  gxx?: string;
}

function missing(reason: string): ToolchainLookup {
  return { ok: false, reason };
}

function python(configured?: string): ToolchainLookup {
  // Debian's interpreter before anything on PATH: a pyenv shim is a script that runs host code.
  const binary = findBinary("python3", [configured ?? "", "/usr/bin/python3"]);
  if (!binary) return missing("no python3 binary");
  const probe = runTool(binary, [
    "-I",
    "-c",
    "import sys,sysconfig;p=sysconfig.get_paths();print(sys.version.split()[0]);print(p['stdlib']);print(p['platstdlib'])",
  ]);
  const [version, ...libs] = probe.stdout.trim().split("\n");
  if (!probe.ok || !version) return missing(`python3 failed: ${probe.stderr.trim()}`);
  const binds = outermost([binary, ...libs.filter((dir) => existsSync(dir))]);
  return {
    ok: true,
    toolchain: {
      language: "python",
      version,
      binds,
      renamed: [],
      commands: { python: binary },
      binaries: [binary],
    },
  };
}

function node(configured?: string): ToolchainLookup {
  const binary = findBinary("node", [configured ?? "", process.execPath]);
  if (!binary) return missing("no node binary");
  const same = binary === realpathSync(process.execPath);
  const version = same
    ? process.versions.node
    : runTool(binary, ["--version"]).stdout.trim().replace(/^v/, "");
  if (!version) return missing("node --version failed");
  return {
    ok: true,
    toolchain: {
      language: "javascript",
      version,
      binds: [binary],
      renamed: [],
      commands: { node: binary },
      binaries: [binary],
    },
  };
}

/** Absolute symlinks inside the JDK (Debian points conf/ and security files at /etc) need their targets. */
function outsideLinkTargets(dir: string, root: string, depth = 0, found: string[] = []): string[] {
  if (depth > 6) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) outsideLinkTargets(path, root, depth + 1, found);
    else if (entry.isSymbolicLink()) {
      const target = resolve(dir, readlinkSync(path));
      if (!isInside(target, root) && existsSync(target)) found.push(dirname(realpathSync(target)));
    }
  }
  return found;
}

function java(configuredHome?: string): ToolchainLookup {
  const javaBinary = configuredHome ? join(configuredHome, "bin", "java") : findBinary("java");
  if (!javaBinary || !existsSync(javaBinary)) return missing("no java binary");
  const home = dirname(dirname(realpathSync(javaBinary)));
  const javac = join(home, "bin", "javac");
  if (!existsSync(javac)) return missing(`no javac in ${home} (a JDK is needed, not a JRE)`);
  const probe = runTool(join(home, "bin", "java"), ["-Xshare:auto", "-version"]);
  const version = /version "([^"]+)"/.exec(probe.stderr)?.[1];
  if (!version) return missing(`java -version failed: ${probe.stderr.trim()}`);
  const linked = outsideLinkTargets(join(home, "conf"), home).concat(
    outsideLinkTargets(join(home, "lib"), home),
  );
  const java = join(home, "bin", "java");
  return {
    ok: true,
    toolchain: {
      language: "java",
      version,
      binds: outermost([home, ...linked]),
      renamed: [],
      commands: { java, javac },
      binaries: [java, join(home, "lib", "server", "libjvm.so")].filter((path) => existsSync(path)),
    },
  };
}

/** The directories gcc searches for headers, from `gcc -E -v`. */
function includeDirs(compiler: string, languageFlag: string): string[] {
  const { stderr } = runTool(compiler, [languageFlag, "-E", "-v", "/dev/null"]);
  const section =
    stderr.split("#include <...> search starts here:")[1]?.split("End of search list.")[0] ?? "";
  return section
    .split("\n")
    .map((line) => line.trim())
    .filter((dir) => isAbsolute(dir) && existsSync(dir))
    .map((dir) => realpathSync(dir));
}

/** Where the compiler's runtime libraries live (gcc -print-file-name), for running what it compiled. */
function runtimeLibraryDirs(compiler: string): string[] {
  const dirs = ["libstdc++.so.6", "libgcc_s.so.1", "libc.so.6"].map((name) => {
    const path = runTool(compiler, [`-print-file-name=${name}`]).stdout.trim();
    return isAbsolute(path) && existsSync(path) ? dirname(realpathSync(path)) : undefined;
  });
  return outermost(dirs.filter((dir): dir is string => dir !== undefined));
}

/** as and ld, which gcc finds on PATH: bound under /usr/bin with their usual names. */
function binutil(compiler: string, name: string): { from: string; to: string } | undefined {
  const named = runTool(compiler, [`-print-prog-name=${name}`]).stdout.trim();
  const from = isAbsolute(named) ? realpathSync(named) : findBinary(named);
  return from ? { from, to: `/usr/bin/${name}` } : undefined;
}

function gcc(language: "c" | "cpp", configured?: string): ToolchainLookup {
  const name = language === "c" ? "gcc" : "g++";
  const binary = findBinary(name, [configured ?? ""]);
  if (!binary) return missing(`no ${name} binary`);
  const version = runTool(binary, ["-dumpfullversion"]).stdout.trim();
  const install = /^install: (.+)$/m.exec(runTool(binary, ["-print-search-dirs"]).stdout)?.[1]?.trim();
  if (!version || !install || !existsSync(install)) return missing(`${name} did not report its install dir`);
  const renamed = [binutil(binary, "as"), binutil(binary, "ld")];
  if (renamed.some((tool) => !tool)) return missing("binutils (as, ld) not found");
  const cc1 = runTool(binary, [`-print-prog-name=${language === "c" ? "cc1" : "cc1plus"}`]).stdout.trim();
  return {
    ok: true,
    toolchain: {
      language,
      version,
      binds: outermost([
        binary,
        realpathSync(install),
        ...includeDirs(binary, language === "c" ? "-xc" : "-xc++"),
      ]),
      renamed: renamed as Array<{ from: string; to: string }>,
      commands: { compiler: binary },
      binaries: [binary, cc1, ...renamed.map((tool) => tool!.from)].filter((path) => existsSync(path)),
      runLibraryDirs: runtimeLibraryDirs(binary),
    },
  };
}

export function findToolchain(language: CodingLanguage, paths: ToolchainPaths = {}): ToolchainLookup {
  try {
    if (language === "python") return python(paths.python);
    if (language === "javascript") return node(paths.node);
    if (language === "java") return java(paths.javaHome);
    return gcc(language, language === "c" ? paths.gcc : paths.gxx);
  } catch (error) {
    return missing(error instanceof Error ? error.message : String(error));
  }
}

/** The shared-library directories of the toolchains' binaries (ldd). */
export function toolchainLibraryDirs(toolchains: Toolchain[]): string[] {
  return outermost(toolchains.flatMap((toolchain) => toolchain.binaries.flatMap(libraryDirs)));
}

/** What every sandbox sees of the host: the shared-library directories of the toolchains, and no more. */
export function sharedLibraryBinds(
  toolchains: Toolchain[],
  dirs = toolchainLibraryDirs(toolchains),
): string[] {
  const covered = toolchains.flatMap((toolchain) => toolchain.binds);
  return dirs.filter((dir) => !covered.some((bound) => isInside(dir, bound)));
}
