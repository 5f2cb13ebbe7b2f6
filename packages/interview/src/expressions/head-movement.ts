import type { ExpressionSample, HeadMovement } from "@studio/protocol";

/**
 * Steps between frames further apart than this are a pause, not a move. Wider than the summary's span
 * cap: a slow or busy device analyses a frame every four seconds (analysis-rate.ts) plus the frame's
 * own time, and speed is per second, so those steps still measure movement (more smoothly).
 */
export const MAX_STEP_GAP_MS = 6000;

/**
 * A step between two frames faster than this counts as a large movement: a turn of 20 degrees within
 * a second (glancing away and back, nodding hard). The mesh's own jitter on a still face stays within
 * a few degrees between frames.
 */
export const LARGE_MOVEMENT_DEG_PER_S = 20;
/** Mean angular speeds at which the head reads as moving some, and a lot. */
export const MODERATE_DEG_PER_S = 6;
export const RESTLESS_DEG_PER_S = 12;

type Posed = ExpressionSample & { headYaw: number; headPitch: number };
const posed = (s: ExpressionSample | undefined): s is Posed =>
  !!s && s.facePresent && s.headYaw !== undefined && s.headPitch !== undefined;

/** The angle between two head poses, treating yaw, pitch and roll (when both have it) as one rotation. */
function turnDegrees(a: Posed, b: Posed): number {
  const roll = a.headRoll !== undefined && b.headRoll !== undefined ? b.headRoll - a.headRoll : 0;
  return Math.hypot(b.headYaw - a.headYaw, b.headPitch - a.headPitch, roll);
}

/**
 * Head movement over samples in time order: only steps between consecutive frames that both show a
 * face with head angles and follow within MAX_STEP_GAP_MS.
 * Undefined without a single such step.
 */
export function headMovement(sorted: readonly ExpressionSample[]): HeadMovement | undefined {
  let degrees = 0;
  let ms = 0;
  let steps = 0;
  let large = 0;
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (!posed(a) || !posed(b)) continue;
    const gap = b.at - a.at;
    if (gap <= 0 || gap > MAX_STEP_GAP_MS) continue;
    const turn = turnDegrees(a, b);
    degrees += turn;
    ms += gap;
    steps++;
    if (turn / (gap / 1000) > LARGE_MOVEMENT_DEG_PER_S) large++;
  }
  if (steps === 0) return undefined;
  const meanDegPerSecond = Math.round((degrees / (ms / 1000)) * 10) / 10;
  return {
    meanDegPerSecond,
    largeMovementShare: Math.round((large / steps) * 1000) / 1000,
    level:
      meanDegPerSecond >= RESTLESS_DEG_PER_S
        ? "restless"
        : meanDegPerSecond >= MODERATE_DEG_PER_S
          ? "moderate"
          : "steady",
    steps,
  };
}
