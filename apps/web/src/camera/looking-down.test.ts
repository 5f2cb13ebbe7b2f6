import { describe, expect, it } from "vitest";
import { eyeGeometry } from "./eye-gaze";
import { type FaceReading, type HumanFace, readFace } from "./face-reading";
import { LookingDownFilter } from "./looking-down";
import { steadyPresence } from "./presence-state";

/**
 * A 478-point mesh with two eyes 60 px wide whose lids open `aperture` eye widths and whose irises sit
 * `drop` eye widths below the corner line, the whole face rolled by `rollDeg` about (320, 240).
 */
function mesh({ aperture = 0.35, drop = 0, rollDeg = 0 } = {}): number[][] {
  const points: number[][] = Array.from({ length: 478 }, () => [320, 240, 0]);
  const eye = (
    outer: number,
    inner: number,
    upper: number,
    lower: number,
    iris: number,
    x0: number,
    x1: number,
  ) => {
    const mid = (x0 + x1) / 2;
    points[outer] = [x0, 200, 0];
    points[inner] = [x1, 200, 0];
    points[upper] = [mid, 200 - (aperture / 2) * 60, 0];
    points[lower] = [mid, 200 + (aperture / 2) * 60, 0];
    points[iris] = [mid, 200 + drop * 60, 0];
  };
  // Human's layout: the iris of the eye at 33/133 is 473, the other's is 468.
  eye(33, 133, 159, 145, 473, 200, 260);
  eye(263, 362, 386, 374, 468, 440, 380);
  const t = (rollDeg * Math.PI) / 180;
  return points.map(([x = 0, y = 0, z = 0]) => [
    320 + (x - 320) * Math.cos(t) - (y - 240) * Math.sin(t),
    240 + (x - 320) * Math.sin(t) + (y - 240) * Math.cos(t),
    z,
  ]);
}
const face = (m: number[][], pitchDeg = 0): HumanFace => ({
  score: 0.95,
  boxRaw: [0.3, 0.2, 0.4, 0.5],
  emotion: [{ score: 0.9, emotion: "neutral" }],
  rotation: { angle: { yaw: 0, pitch: (pitchDeg * Math.PI) / 180, roll: 0 } },
  mesh: m,
});

describe("eye geometry from the face mesh", () => {
  it("measures the lids' opening and the iris below the corner line in eye widths", () => {
    const g = eyeGeometry(mesh({ aperture: 0.3, drop: 0.12 }));
    expect(g?.aperture).toBeCloseTo(0.3, 5);
    expect(g?.irisDrop).toBeCloseTo(0.12, 5);
  });

  it("does not mistake a tilted head for lowered eyes: the eye's own axis is the reference", () => {
    for (const rollDeg of [-35, -20, 20, 35]) {
      const g = eyeGeometry(mesh({ rollDeg }));
      expect(g?.irisDrop).toBeCloseTo(0, 5);
      expect(g?.aperture).toBeCloseTo(0.35, 5);
      expect(readFace(face(mesh({ rollDeg }))).eyesLowered).toBe(false);
    }
  });

  it("has nothing to say without the iris points or with a collapsed eye", () => {
    expect(eyeGeometry(mesh().slice(0, 468))).toBeUndefined();
    expect(eyeGeometry(undefined)).toBeUndefined();
    const flat = mesh();
    flat[133] = [...(flat[33] as number[])];
    expect(eyeGeometry(flat)).toBeUndefined();
  });
});

describe("eyes lowered in one frame", () => {
  it("reads narrowed lids or an iris low in the eye as lowered, open eyes on the lens as not", () => {
    expect(readFace(face(mesh({ aperture: 0.35 }))).eyesLowered).toBe(false);
    expect(readFace(face(mesh({ aperture: 0.12 }))).eyesLowered).toBe(true);
    expect(readFace(face(mesh({ aperture: 0.35, drop: 0.15 }))).eyesLowered).toBe(true);
    // Looking up is not looking down.
    expect(readFace(face(mesh({ aperture: 0.35, drop: -0.15 }))).eyesLowered).toBe(false);
  });

  it("counts a head bowed well forward as lowered even with the eyes open, and keeps the roll", () => {
    const bowed = readFace(face(mesh(), 35));
    expect(bowed.eyesLowered).toBe(true);
    expect(readFace(face(mesh(), -35)).eyesLowered).toBe(false);
    expect(bowed.headRoll).toBe(0);
  });

  it("without a mesh says nothing about the eyes", () => {
    expect(readFace({ ...face(mesh()), mesh: undefined }).eyesLowered).toBeUndefined();
  });
});

describe("looking down across frames", () => {
  const reading = (eyesLowered: boolean | undefined, facePresent = true): FaceReading => ({
    facePresent,
    scores: { happy: 0, neutral: 1, sad: 0, angry: 0, surprise: 0, fear: 0, disgust: 0 },
    lookingAway: false,
    ...(eyesLowered === undefined ? {} : { eyesLowered }),
  });

  it("takes one narrow frame for a blink and two in a row for eyes on notes, which is looking away", () => {
    const filter = new LookingDownFilter();
    const flags = [false, true, false, true, true, true, false].map((lowered, i) => {
      const r = filter.apply(reading(lowered), 1000 * i);
      return [r.lookingDown, r.lookingAway];
    });
    expect(flags).toEqual([
      [false, false],
      [false, false],
      [false, false],
      [false, false],
      [true, true],
      [true, true],
      [false, false],
    ]);
  });

  it("starts over after a frame without a face or without eyes, and after a pause", () => {
    const filter = new LookingDownFilter();
    filter.apply(reading(true), 0);
    expect(filter.apply(reading(undefined, false), 1000).lookingDown).toBeUndefined();
    expect(filter.apply(reading(true), 2000).lookingDown).toBe(false);
    expect(filter.apply(reading(true), 60_000).lookingDown).toBe(false);
    expect(filter.apply(reading(true), 61_000).lookingDown).toBe(true);
  });
});

describe("the room's indicator for eyes lowered", () => {
  const r = (eyesLowered: boolean): FaceReading => ({
    facePresent: true,
    scores: { happy: 0, neutral: 1, sad: 0, angry: 0, surprise: 0, fear: 0, disgust: 0 },
    lookingAway: false,
    eyesLowered,
  });

  it("says looking down after two lowered frames in a row, never after a single blink", () => {
    expect(steadyPresence("ok", [r(false), r(true)])).toBe("ok");
    expect(steadyPresence("ok", [r(true), r(true)])).toBe("looking_down");
    expect(steadyPresence("looking_down", [r(true), r(false)])).toBe("looking_down");
    expect(steadyPresence("looking_down", [r(false), r(false)])).toBe("ok");
  });
});
