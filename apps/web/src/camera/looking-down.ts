import type { FaceReading } from "./face-reading";

/** Two lowered frames further apart than this are not one look down (the analysis paused between). */
const MAX_GAP_MS = 5000;

/**
 * Turns each frame's "eyes lowered" into the sample's `lookingDown`: lowered in this frame and the one
 * before. A blink lasts a fraction of a second and frames come about a second apart, so one narrow
 * frame is a blink, two in a row are eyes resting below the screen. Looking down is looking away.
 */
export class LookingDownFilter {
  private lastLoweredAt: number | null = null;

  apply(reading: FaceReading, at: number): FaceReading {
    if (!reading.facePresent || reading.eyesLowered === undefined) {
      this.lastLoweredAt = null;
      return reading;
    }
    const before = this.lastLoweredAt;
    this.lastLoweredAt = reading.eyesLowered ? at : null;
    const lookingDown = reading.eyesLowered && before !== null && at - before <= MAX_GAP_MS;
    return { ...reading, lookingDown, lookingAway: (reading.lookingAway ?? false) || lookingDown };
  }
}
