import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { childPidOf, mapUidsWhenReady, uidMapText } from "./uid-map";

describe("the sandbox's two-uid map", () => {
  it("maps the supervisor's and the program's ids to the slot's two host uids", () => {
    expect(uidMapText({ supervisor: 60_010, program: 60_011 })).toBe("1000 60010 1\n1001 60011 1\n");
  });

  it("reads bubblewrap's child pid from its info JSON, however it arrives", () => {
    expect(childPidOf('{\n    "child-pid": 4242,\n    "cgroup-namespace": 1')).toBe(4242);
    expect(childPidOf('{\n    "child-')).toBeUndefined();
  });

  it("never lets the sandbox go on when the map cannot be written", async () => {
    const info = new PassThrough();
    const unblock = new PassThrough();
    const failures: string[] = [];
    let placed = 0;
    mapUidsWhenReady(
      info,
      unblock,
      { supervisor: 1, program: 2 },
      (reason) => failures.push(reason),
      () => placed++,
    );
    // No such process: /proc/<pid>/uid_map cannot be opened.
    info.write('{ "child-pid": 999999999 }');
    await new Promise((resolve) => setImmediate(resolve));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/cannot set up the sandbox's uids/);
    expect(placed).toBe(0);
    expect(unblock.writableEnded).toBe(false);
  });
});
