import { existsSync } from "node:fs";
import { CODING_LANGUAGES, type CodingLanguage } from "@studio/protocol";
import type { HostView } from "./bwrap-args";
import { findBinary, outermost, topLevelSymlinks } from "./host-paths";
import { loadSupervisor } from "./supervisor-binary";
import { publishSupervisor } from "./supervisor-public";
import {
  findToolchain,
  sharedLibraryBinds,
  type Toolchain,
  type ToolchainPaths,
  toolchainLibraryDirs,
} from "./toolchains";

/** Everything found once on the host: bwrap, the supervisor, the toolchains and what each sandbox sees. */
export interface SandboxRuntime {
  bwrap: string;
  supervisor: Buffer;
  toolchains: Map<CodingLanguage, Toolchain>;
  views: Map<CodingLanguage, HostView>;
  /** What a run (not a compile) sees: for native languages only the libraries, not the compiler. */
  runViews: Map<CodingLanguage, HostView>;
  /** Languages that cannot run here, with the reason. */
  unavailable: Map<CodingLanguage, string>;
}

export interface RuntimeOptions {
  bwrapPath?: string;
  /** The C compiler that builds the supervisor (defaults to the gcc on PATH). */
  supervisorCompiler?: string;
  cacheDir: string;
  toolchainPaths?: ToolchainPaths;
  languages?: readonly CodingLanguage[];
}

function hostView(
  toolchain: Pick<Toolchain, "binds" | "renamed">,
  sharedLibs: string[],
  supervisor: string | undefined,
): HostView {
  const binds = [...sharedLibs, ...toolchain.binds];
  // The loader's cache only lists library paths; without it a library outside the default dirs is not found.
  // C.utf8 is the one locale the sandbox sets (LANG); Java reads the charset from it.
  binds.push(...["/etc/ld.so.cache", "/usr/lib/locale/C.utf8"].filter((path) => existsSync(path)));
  return {
    binds,
    renamed: toolchain.renamed,
    symlinks: topLevelSymlinks(),
    ...(supervisor ? { supervisor } : {}),
  };
}

/** Finds the tools and builds the supervisor; throws when no sandbox can run at all. */
export function prepareRuntime(options: RuntimeOptions): SandboxRuntime {
  const bwrap = findBinary("bwrap", [options.bwrapPath ?? ""]);
  if (!bwrap) throw new Error("bubblewrap (bwrap) is not installed");
  const compiler = options.supervisorCompiler ?? findBinary("gcc") ?? findBinary("cc");
  if (!compiler) throw new Error("no C compiler to build the sandbox supervisor (install gcc)");
  const supervisor = loadSupervisor(options.cacheDir, compiler);
  const toolchains = new Map<CodingLanguage, Toolchain>();
  const unavailable = new Map<CodingLanguage, string>();
  for (const language of options.languages ?? CODING_LANGUAGES) {
    const found = findToolchain(language, options.toolchainPaths);
    if (found.ok) toolchains.set(language, found.toolchain);
    else unavailable.set(language, found.reason);
  }
  const libraryDirs = toolchainLibraryDirs([...toolchains.values()]);
  const sharedLibs = sharedLibraryBinds([...toolchains.values()], libraryDirs);
  const publicSupervisor = publishSupervisor(supervisor);
  const views = new Map(
    [...toolchains].map(([language, tc]) => [language, hostView(tc, sharedLibs, publicSupervisor)] as const),
  );
  // A compiled program needs its libraries, not the compiler: fewer binds (each costs bubblewrap a mount
  // and a read of mountinfo) and less of the host in view.
  const runViews = new Map(
    [...toolchains].map(([language, tc]) => {
      if (!tc.runLibraryDirs) return [language, views.get(language)!] as const;
      const libs = outermost([...libraryDirs, ...tc.runLibraryDirs]);
      return [language, hostView({ binds: [], renamed: [] }, libs, publicSupervisor)] as const;
    }),
  );
  return { bwrap, supervisor, toolchains, views, runViews, unavailable };
}
