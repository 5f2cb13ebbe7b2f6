import { describe, expect, it } from "vitest";
import { parseSupervisorReport } from "./supervisor-report";

describe("parseSupervisorReport", () => {
  it("reads the supervisor's result line", () => {
    const line =
      "exit=-1 signal=9 cpu_ms=1012 wall_ms=1030 maxrss_kb=7600 timeout=cpu exec_errno=0 unpack=ok pack=none lock=ok out_bytes=12 err_bytes=0\n";
    expect(parseSupervisorReport(line)).toEqual({
      exitCode: null,
      signal: 9,
      cpuMs: 1012,
      wallMs: 1030,
      maxRssKb: 7600,
      timeout: "cpu",
      execErrno: 0,
      unpack: "ok",
      pack: "none",
      lock: "ok",
      stdoutBytes: 12,
      stderrBytes: 0,
    });
  });

  it("reads the report after the supervisor's ready line", () => {
    const line =
      "exit=0 signal=0 cpu_ms=3 wall_ms=4 maxrss_kb=900 timeout=none exec_errno=0 unpack=ok pack=none lock=ok out_bytes=3 err_bytes=0\n";
    expect(parseSupervisorReport(`ready\n${line}`)).toMatchObject({ cpuMs: 3, wallMs: 4, stdoutBytes: 3 });
    expect(parseSupervisorReport("ready\n")).toBeUndefined();
  });

  it("treats a missing or damaged report as no report", () => {
    expect(parseSupervisorReport("")).toBeUndefined();
    expect(parseSupervisorReport("exit=0 signal=0")).toBeUndefined();
    expect(
      parseSupervisorReport(
        "exit=0 signal=0 cpu_ms=1 wall_ms=1 maxrss_kb=1 timeout=later exec_errno=0 unpack=ok pack=ok lock=none",
      ),
    ).toBeUndefined();
  });
});
