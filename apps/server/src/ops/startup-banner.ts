import type { ServiceStatus } from "@studio/protocol";

/** A one-screen summary of what is on and why (seed 000's startup banner). */
export function startupBanner(url: string, version: string, services: Record<string, ServiceStatus>): string {
  const width = 78;
  const line = "─".repeat(width);
  const rows = Object.entries(services).map(([name, s]) => {
    const mark = s.enabled ? (s.degraded ? "!" : "✓") : "·";
    const text = ` ${mark} ${name.padEnd(9)} ${s.provider.padEnd(18)} ${s.detail}`;
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  });
  return [
    line,
    ` Interview Studio ${version}  —  ${url}`,
    ` API docs ${url}/docs   status ${url}/api/status   metrics ${url}/metrics`,
    line,
    ...rows,
    line,
  ].join("\n");
}
