import { EMOTIONS, type Emotion, type EmotionScores } from "@studio/protocol";
import { eyeGeometry } from "./eye-gaze";

/** What the worker reads from one frame: numbers only. */
export interface FaceReading {
  facePresent: boolean;
  scores: EmotionScores;
  /** Degrees; 0 faces the camera. */
  headYaw?: number;
  headPitch?: number;
  headRoll?: number;
  lookingAway?: boolean;
  /** Eyes lowered in this frame (or the head tipped well down); see looking-down.ts for the sample's flag. */
  eyesLowered?: boolean;
  lookingDown?: boolean;
  /** The face box centre's distance from the frame centre (0 centred, 1 at the edge) and its share of the frame width. */
  offCentre?: number;
  size?: number;
}

/** The parts of a @vladmandic/human face result this module reads (kept structural for tests). */
export interface HumanFace {
  score: number;
  boxRaw: [number, number, number, number];
  emotion?: Array<{ score: number; emotion: string }>;
  rotation?: { angle: { yaw: number; pitch: number; roll: number } } | null;
  /** Face mesh in pixels, with the iris points when the iris model ran. */
  mesh?: ReadonlyArray<ReadonlyArray<number | undefined>>;
}

/**
 * Beyond these head angles the candidate faces away from the screen. Measured on the package's
 * photos: faces towards the camera stay within about 25 degrees of yaw (a slight turn with the eyes
 * on the lens), a face in profile to the side reads 34.
 */
export const AWAY_YAW_DEG = 28;
export const AWAY_PITCH_DEG = 25;
/**
 * Eyes lowered, as when reading notes below the screen: the lids' opening under this share of the
 * eye's width, or the iris centre this far (in eye widths) below the line through the corners.
 * Measured on the package's photos: eyes on the camera open 0.25-0.50 of their width (a broad
 * smile narrows them to 0.25), eyes on a phone or notes 0.03-0.17; the iris sits 0.15 above to 0.05
 * below the corner line. A blink also narrows the eyes: looking-down.ts wants two frames in a row.
 */
export const LOWERED_APERTURE = 0.2;
export const LOWERED_IRIS_DROP = 0.1;
/** A detection below this confidence counts as no face. */
export const MIN_FACE_SCORE = 0.5;

const ZERO: EmotionScores = { happy: 0, neutral: 0, sad: 0, angry: 0, surprise: 0, fear: 0, disgust: 0 };
const toDegrees = (radians: number) => Math.round((radians * 180) / Math.PI);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Turns the first detected face into a reading; no face (or a doubtful one) reads as absent. */
export function readFace(face: HumanFace | undefined): FaceReading {
  if (!face || face.score < MIN_FACE_SCORE) return { facePresent: false, scores: { ...ZERO } };
  const scores = { ...ZERO };
  for (const { emotion, score } of face.emotion ?? []) {
    const key = emotion === "surprised" ? "surprise" : emotion;
    if ((EMOTIONS as readonly string[]).includes(key)) scores[key as Emotion] = clamp01(score);
  }
  const [x, y, w, h] = face.boxRaw;
  const offCentre = Math.min(1, 2 * Math.hypot(x + w / 2 - 0.5, y + h / 2 - 0.5));
  const reading: FaceReading = { facePresent: true, scores, offCentre, size: w };
  const angle = face.rotation?.angle;
  if (angle && Number.isFinite(angle.yaw) && Number.isFinite(angle.pitch)) {
    reading.headYaw = toDegrees(angle.yaw);
    reading.headPitch = toDegrees(angle.pitch);
    if (Number.isFinite(angle.roll)) reading.headRoll = toDegrees(angle.roll);
    reading.lookingAway =
      Math.abs(reading.headYaw) > AWAY_YAW_DEG || Math.abs(reading.headPitch) > AWAY_PITCH_DEG;
  }
  const eyes = eyeGeometry(face.mesh);
  if (eyes) reading.eyesLowered = eyes.aperture < LOWERED_APERTURE || eyes.irisDrop > LOWERED_IRIS_DROP;
  // Human's pitch grows as the head tips forward: a head bowed past the limit is looking down too.
  if ((reading.headPitch ?? 0) > AWAY_PITCH_DEG) reading.eyesLowered = true;
  return reading;
}
