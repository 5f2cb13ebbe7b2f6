import { OFF_CENTRE_LIMIT, TOO_FAR_FACE_SIZE } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { MAX_INTERVAL_MS, MIN_INTERVAL_MS, nextInterval } from "./analysis-rate";
import { AWAY_YAW_DEG, type FaceReading, type HumanFace, readFace } from "./face-reading";
import { steadyPresence } from "./presence-state";

const rad = (deg: number) => (deg * Math.PI) / 180;
const face = (over: Partial<HumanFace> = {}): HumanFace => ({
  score: 0.95,
  boxRaw: [0.3, 0.2, 0.4, 0.5],
  emotion: [
    { score: 0.7, emotion: "happy" },
    { score: 0.2, emotion: "neutral" },
    { score: 0.1, emotion: "surprise" },
  ],
  rotation: { angle: { yaw: rad(5), pitch: rad(-3), roll: 0 } },
  ...over,
});

describe("reading a face", () => {
  it("keeps the seven scores (missing ones at 0), the head angles in degrees, and a centred box", () => {
    const r = readFace(face());
    expect(r.facePresent).toBe(true);
    expect(r.scores).toEqual({
      happy: 0.7,
      neutral: 0.2,
      surprise: 0.1,
      sad: 0,
      angry: 0,
      fear: 0,
      disgust: 0,
    });
    expect([r.headYaw, r.headPitch, r.lookingAway]).toEqual([5, -3, false]);
    expect(r.offCentre).toBeCloseTo(0.1, 3); // centre (0.5, 0.45): 0.05 from the middle, half-width 0.5
  });

  it("says looking away when the head turns past the limit, either way", () => {
    for (const yaw of [AWAY_YAW_DEG + 4, -(AWAY_YAW_DEG + 4)])
      expect(readFace(face({ rotation: { angle: { yaw: rad(yaw), pitch: 0, roll: 0 } } })).lookingAway).toBe(
        true,
      );
    expect(readFace(face({ rotation: { angle: { yaw: 0, pitch: rad(40), roll: 0 } } })).lookingAway).toBe(
      true,
    );
  });

  it("leaves the gaze unknown when the mesh gave no angles, and a doubtful or absent face as no face", () => {
    expect(readFace(face({ rotation: null })).lookingAway).toBeUndefined();
    expect(
      readFace(face({ rotation: { angle: { yaw: Number.NaN, pitch: 0, roll: 0 } } })).headYaw,
    ).toBeUndefined();
    expect(readFace(face({ score: 0.2 })).facePresent).toBe(false);
    const none = readFace(undefined);
    expect(none.facePresent).toBe(false);
    expect(Object.values(none.scores).every((s) => s === 0)).toBe(true);
  });

  it("clamps scores into 0-1 and ignores labels outside the seven", () => {
    const r = readFace(
      face({
        emotion: [
          { score: 1.3, emotion: "happy" },
          { score: 0.5, emotion: "contempt" },
        ],
      }),
    );
    expect(r.scores.happy).toBe(1);
    expect(Object.keys(r.scores)).toHaveLength(7);
  });
});

describe("the presence indicator", () => {
  const ok: FaceReading = { facePresent: true, lookingAway: false, scores: readFace(undefined).scores };
  const away: FaceReading = { ...ok, lookingAway: true };
  const gone: FaceReading = { ...ok, facePresent: false };

  it("shows the first reading at once, then changes only after two alike readings", () => {
    expect(steadyPresence("starting", [away])).toBe("looking_away");
    expect(steadyPresence("ok", [ok, gone])).toBe("ok");
    expect(steadyPresence("ok", [ok, gone, gone])).toBe("no_face");
    expect(steadyPresence("no_face", [gone, away, ok])).toBe("no_face");
    expect(steadyPresence("no_face", [away, ok, ok])).toBe("ok");
  });
});

describe("the framing of the face", () => {
  const centred: FaceReading = { facePresent: true, lookingAway: false, scores: readFace(undefined).scores };

  it("reads the box's distance from the frame's centre and its width", () => {
    const r = readFace(face({ boxRaw: [0.02, 0.1, 0.3, 0.4] })); // centre (0.17, 0.3)
    expect(r.offCentre).toBeCloseTo(2 * Math.hypot(0.33, 0.2), 3);
    expect(r.size).toBeCloseTo(0.3, 3);
  });

  it("asks to centre a face off to a side and to come closer when it is small, after two readings", () => {
    const aside = { ...centred, offCentre: OFF_CENTRE_LIMIT + 0.1, size: 0.3 };
    const far = { ...centred, offCentre: 0.1, size: TOO_FAR_FACE_SIZE - 0.02 };
    const fine = { ...centred, offCentre: 0.1, size: 0.3 };
    expect(steadyPresence("ok", [fine, aside])).toBe("ok");
    expect(steadyPresence("ok", [aside, aside])).toBe("off_centre");
    expect(steadyPresence("ok", [far, far])).toBe("too_far");
    expect(steadyPresence("too_far", [far, fine, fine])).toBe("ok");
    // Gaze and presence come first: a face turned away off to a side reads as looking away.
    expect(
      steadyPresence("ok", [
        { ...aside, lookingAway: true },
        { ...aside, lookingAway: true },
      ]),
    ).toBe("looking_away");
    // Without the figures nothing is said about the framing.
    expect(steadyPresence("starting", [centred])).toBe("ok");
  });
});

describe("the analysis rate", () => {
  it("aims at one to two frames a second and slows down on a slow device", () => {
    expect(nextInterval([])).toBe(1000);
    expect(nextInterval([50, 60])).toBe(MIN_INTERVAL_MS);
    expect(nextInterval([400])).toBe(1000);
    expect(nextInterval([900, 1100])).toBe(2500);
    expect(nextInterval([5000])).toBe(MAX_INTERVAL_MS);
  });
});
