/**
 * How well the face sits in the camera's frame, from the sample's `faceOffCentre` and `faceSize`:
 * shared by the room's indicator (web) and the report's figures (interview), so both use one rule.
 */

/**
 * The face box's centre this far from the frame's centre (0 centred, 1 at the edge of the frame) is
 * off centre: a quarter of the frame's width or height away, where a video call crops or tilts it.
 */
export const OFF_CENTRE_LIMIT = 0.5;
/**
 * A face narrower than this share of the frame's width is too far from the camera: at arm's length
 * a webcam's face fills a quarter to a third of the width; under an eighth, expression and gaze are
 * hard to see.
 */
export const TOO_FAR_FACE_SIZE = 0.12;

export type FaceFraming = "centred" | "off_centre" | "too_far";

/** The framing of a face; "centred" when the figures are unknown (older clients send none). */
export function faceFraming(figures: {
  faceOffCentre?: number | undefined;
  faceSize?: number | undefined;
}): FaceFraming {
  if (figures.faceSize !== undefined && figures.faceSize < TOO_FAR_FACE_SIZE) return "too_far";
  if (figures.faceOffCentre !== undefined && figures.faceOffCentre > OFF_CENTRE_LIMIT) return "off_centre";
  return "centred";
}
