import { STYLE_PAUSES } from "@studio/interview";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { StylePause } from "./style-pause";

describe("the interviewer's pause before it speaks", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits the style's pause before a question, and only then speaks", () => {
    for (const style of ["friendly", "neutral", "pressure"] as const) {
      const speak = vi.fn();
      const ms = new StylePause(style).schedule({ followUp: false }, speak);
      expect(ms).toBe(STYLE_PAUSES[style].beforeQuestionMs);
      vi.advanceTimersByTime(ms - 1);
      expect(speak).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(speak).toHaveBeenCalledTimes(1);
    }
  });

  it("uses the follow-up pause for a follow-up; pressure comes back at once", () => {
    const speak = vi.fn();
    expect(new StylePause("pressure").schedule({ followUp: true }, speak)).toBe(0);
    expect(speak).toHaveBeenCalledTimes(1);
    const friendly = vi.fn();
    expect(new StylePause("friendly").schedule({ followUp: true }, friendly)).toBe(
      STYLE_PAUSES.friendly.beforeFollowUpMs,
    );
    expect(friendly).not.toHaveBeenCalled();
  });

  it("says nothing when cancelled during the pause, and a new schedule replaces the old one", () => {
    const pause = new StylePause("friendly");
    const first = vi.fn();
    const second = vi.fn();
    pause.schedule({}, first);
    pause.schedule({}, second);
    vi.advanceTimersByTime(5000);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    pause.schedule({}, cancelled);
    pause.cancel();
    vi.advanceTimersByTime(5000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
