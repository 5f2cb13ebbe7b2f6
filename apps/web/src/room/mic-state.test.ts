import { describe, expect, it } from "vitest";
import { micState } from "./mic-state";

const allowed = (kind: "server" | "on-device" | "cloud" | "none" | null, yes = true) => ({
  kind,
  allowed: yes,
});

describe("micState", () => {
  it("never calls the microphone broken when only speech recognition is missing", () => {
    expect(micState(null, allowed("none", false), true)).toBe("noRecognition");
    expect(micState("unsupported", allowed("cloud"), true)).toBe("noRecognition");
    expect(micState("network", allowed("cloud"), true)).toBe("noRecognition");
  });

  it("says off only when the microphone itself cannot be used", () => {
    for (const problem of ["denied", "unavailable", "insecure"] as const) {
      expect(micState(problem, allowed("on-device"), true)).toBe("off");
    }
  });

  it("waits for the candidate's consent before the cloud recognizer, and for the room before any", () => {
    expect(micState(null, allowed("cloud", false), true)).toBe("needsConsent");
    expect(micState(null, allowed("cloud"), true)).toBe("ready");
    expect(micState(null, allowed("on-device"), false)).toBe("waiting");
    expect(micState(null, allowed(null, false), true)).toBe("waiting");
    expect(micState(null, allowed("server"), true)).toBe("ready");
  });
});
