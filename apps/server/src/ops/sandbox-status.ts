import type { ServiceStatus } from "@studio/protocol";
import { probeBinary } from "./probe-binary";

let bwrap: string | null | undefined;
export function sandboxStatus(): ServiceStatus {
  bwrap ??= probeBinary("bwrap", ["--version"]);
  return bwrap
    ? {
        enabled: false,
        provider: "bubblewrap",
        detail: `${bwrap} is installed; the coding test is not available in this version`,
      }
    : {
        enabled: false,
        provider: "none",
        detail: "bubblewrap is not installed (apt install bubblewrap); the coding test is unavailable",
      };
}
