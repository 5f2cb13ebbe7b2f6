import { describe, expect, it } from "vitest";
import { type AvatarMotion, type AvatarState, avatarFrame, POSES, startMotion } from "./avatar-frame";

/** A fixed sequence instead of Math.random, so every run draws the same frames. */
const seeded = (values = [0.5]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

function play(state: AvatarState, ms: number, voiceOpen = 0, reduced = false) {
  const random = seeded();
  let motion: AvatarMotion = startMotion(0, "idle", random);
  let frame = avatarFrame(motion, {
    now: 0,
    state,
    voice: { open: voiceOpen, width: 1 },
    reduced,
    random,
  }).frame;
  for (let now = 16; now <= ms; now += 16) {
    const next = avatarFrame(motion, { now, state, voice: { open: voiceOpen, width: 1 }, reduced, random });
    motion = next.motion;
    frame = next.frame;
  }
  return { motion, frame };
}

describe("avatarFrame", () => {
  it("opens the lips with the voice while speaking, and keeps them shut otherwise", () => {
    expect(play("speaking", 300, 0.8).frame.mouthOpen).toBeGreaterThan(0.7);
    expect(play("listening", 300, 0.8).frame.mouthOpen).toBe(0);
    expect(play("thinking", 300, 0.8).frame.mouthOpen).toBe(0);
  });

  it("closes the lips more slowly than it opens them", () => {
    const random = seeded();
    const opened = play("speaking", 500, 1).motion;
    const closing = avatarFrame(opened, {
      now: 516,
      state: "speaking",
      voice: { open: 0, width: 1 },
      reduced: false,
      random,
    });
    const opening = avatarFrame(
      { ...opened, open: 0 },
      { now: 516, state: "speaking", voice: { open: 1, width: 1 }, reduced: false, random },
    );
    expect(1 - closing.frame.mouthOpen).toBeLessThan(opening.frame.mouthOpen);
  });

  it("eases the pose toward the state's: thinking looks up and aside", () => {
    const { motion } = play("thinking", 2000);
    expect(motion.pose.gazeX).toBeCloseTo(POSES.thinking.gazeX, 1);
    expect(motion.pose.gazeY).toBeCloseTo(POSES.thinking.gazeY, 1);
    const early = play("thinking", 48).motion.pose.gazeX;
    expect(early).toBeGreaterThan(POSES.thinking.gazeX);
    expect(early).toBeLessThan(0);
  });

  it("blinks when the time comes: the eyes shut briefly, then open again", () => {
    const random = seeded([0.5]);
    const motion = startMotion(0, "listening", random);
    const at = motion.nextBlink;
    const shut = avatarFrame(motion, {
      now: at,
      state: "listening",
      voice: { open: 0, width: 1 },
      reduced: false,
      random,
    });
    const mid = avatarFrame(shut.motion, {
      now: at + 80,
      state: "listening",
      voice: { open: 0, width: 1 },
      reduced: false,
      random,
    });
    const after = avatarFrame(mid.motion, {
      now: at + 200,
      state: "listening",
      voice: { open: 0, width: 1 },
      reduced: false,
      random,
    });
    expect(mid.frame.eyeScale).toBeLessThan(0.1);
    expect(after.frame.eyeScale).toBeGreaterThan(1);
    expect(after.motion.nextBlink).toBeGreaterThan(at + 2000);
  });

  it("with reduced motion: no breathing, sway or nods; the pose jumps to the state's", () => {
    const { frame, motion } = play("listening", 1000, 0, true);
    expect(frame.bodyY).toBe(0);
    expect(frame.head.tilt).toBe(POSES.listening.tilt);
    expect(motion.saccade).toEqual({ x: 0, y: 0 });
  });

  it("breathes and sways when motion is allowed", () => {
    const bodies = [500, 1000, 1500].map((ms) => play("idle", ms).frame.bodyY);
    expect(new Set(bodies.map((b) => b.toFixed(3))).size).toBe(3);
  });
});
