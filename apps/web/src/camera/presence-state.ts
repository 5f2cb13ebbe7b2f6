import { faceFraming } from "@studio/protocol";
import type { FaceReading } from "./face-reading";

export type Presence =
  | "starting"
  | "ok"
  | "no_face"
  | "looking_away"
  | "looking_down"
  | "off_centre"
  | "too_far";

/**
 * Readings in a row needed to change the indicator: one odd frame should not make it flicker (nor a
 * blink read as looking down: two frames with the eyes lowered, as the sample's lookingDown wants).
 */
export const STEADY_READINGS = 2;

const presenceOf = (r: FaceReading): Exclude<Presence, "starting"> =>
  !r.facePresent
    ? "no_face"
    : r.lookingDown || r.eyesLowered
      ? "looking_down"
      : r.lookingAway
        ? "looking_away"
        : framingPresence(r);

/** A face on the camera but badly framed: off to a side (or the top) of the frame, or small and far. */
function framingPresence(r: FaceReading): "ok" | "off_centre" | "too_far" {
  const framing = faceFraming({ faceOffCentre: r.offCentre, faceSize: r.size });
  return framing === "centred" ? "ok" : framing;
}

/** The indicator's state after the latest readings (newest last). */
export function steadyPresence(current: Presence, recent: readonly FaceReading[]): Presence {
  const last = recent.slice(-STEADY_READINGS).map(presenceOf);
  if (last.length < STEADY_READINGS) return current === "starting" && last[0] ? last[0] : current;
  return last.every((p) => p === last[0]) ? (last[0] as Presence) : current;
}
