import { z } from "zod";

/** The seven facial-expression scores sampled on the device (0-1 each). */
export const emotionScoresSchema = z.object({
  happy: z.number().min(0).max(1),
  neutral: z.number().min(0).max(1),
  sad: z.number().min(0).max(1),
  angry: z.number().min(0).max(1),
  surprise: z.number().min(0).max(1),
  fear: z.number().min(0).max(1),
  disgust: z.number().min(0).max(1),
});

export const EMOTIONS = ["happy", "neutral", "sad", "angry", "surprise", "fear", "disgust"] as const;
export const emotionSchema = z.enum(EMOTIONS);
export type Emotion = z.infer<typeof emotionSchema>;
export type EmotionScores = z.infer<typeof emotionScoresSchema>;

/** Samples per request over HTTP; the socket carries one at a time. */
export const MAX_SAMPLES_PER_REQUEST = 120;
/** Samples kept per session within one second of `at` (the browser analyses 1-2 frames a second). */
export const MAX_SAMPLES_PER_SECOND = 4;

/** Head angles in degrees: yaw is left/right, pitch is up/down; 0 faces the camera. */
const angle = z.number().min(-180).max(180);
/** 2001-09-09 .. 2286: milliseconds since the epoch, never seconds. */
const epochMs = z.number().min(1e12).max(1e13);

/** One on-device analysis of a camera frame: numbers only, never the image. */
export const expressionSampleSchema = z.object({
  at: epochMs,
  questionId: z.string().min(1).max(64).optional(),
  scores: emotionScoresSchema,
  facePresent: z.boolean(),
  lookingAway: z.boolean().optional(),
  /** Eyes (or head) lowered below the screen, as when reading notes; implies lookingAway. */
  lookingDown: z.boolean().optional(),
  headYaw: angle.optional(),
  headPitch: angle.optional(),
  /** Head tilt towards a shoulder, in degrees. */
  headRoll: angle.optional(),
  /** The face box's centre from the frame's centre: 0 centred, 1 at the frame's edge (face-framing.ts). */
  faceOffCentre: z.number().min(0).max(1).optional(),
  /** The face box's width as a share of the frame's width: small when far from the camera. */
  faceSize: z.number().min(0).max(1).optional(),
});
export type ExpressionSample = z.infer<typeof expressionSampleSchema>;

export const expressionBatchSchema = z.object({
  samples: z.array(expressionSampleSchema).min(1).max(MAX_SAMPLES_PER_REQUEST),
});
export const expressionBatchResultSchema = z.object({
  accepted: z.number().int(),
  /** Samples beyond MAX_SAMPLES_PER_SECOND within one second, not stored. */
  dropped: z.number().int(),
});
export const expressionListSchema = z.object({ samples: z.array(expressionSampleSchema) });

const sharesSchema = z.object(
  Object.fromEntries(EMOTIONS.map((e) => [e, z.number()])) as Record<Emotion, z.ZodNumber>,
);

/**
 * How much the head moved between frames (yaw, pitch and roll together): the mean angular speed, the
 * share of frame-to-frame steps faster than a large turn, and a plain reading of both.
 */
export const headMovementSchema = z.object({
  meanDegPerSecond: z.number(),
  largeMovementShare: z.number(),
  level: z.enum(["steady", "moderate", "restless"]),
  /** Frame-to-frame steps measured (both frames with a face and head angles, no pause between). */
  steps: z.number().int(),
});
export type HeadMovement = z.infer<typeof headMovementSchema>;

export const questionExpressionSchema = z.object({
  questionId: z.string(),
  /** Its number in the interview as asked (the report fills it; absent from the plain summary). */
  questionNumber: z.number().int().optional(),
  samples: z.number().int(),
  dominant: emotionSchema.nullable(),
  shares: sharesSchema,
  lookingAwayShare: z.number(),
  faceMissingMs: z.number(),
  /** Of the frames with a face, the share looking down (reading notes below the screen). */
  lookingDownShare: z.number().optional(),
  /** Absent when fewer than two frames with head angles follow each other. */
  headMovement: headMovementSchema.optional(),
  offCentreShare: z.number().optional(),
  tooFarShare: z.number().optional(),
  startAt: z.number(),
  endAt: z.number(),
});
export type QuestionExpression = z.infer<typeof questionExpressionSchema>;

export const expressionSummarySchema = z.object({
  overall: z.object({
    samples: z.number().int(),
    /** The expression most often on top among frames with a face; null without any. */
    dominant: emotionSchema.nullable(),
    /** Of the frames with a face, the share where each expression was on top (sums to 1). */
    shares: sharesSchema,
    /** Of the frames with a face, the share looking away from the screen. */
    lookingAwayShare: z.number(),
    /** Time without a face in frame, in milliseconds. */
    faceMissingMs: z.number(),
    durationMs: z.number(),
    lookingDownShare: z.number().optional(),
    headMovement: headMovementSchema.optional(),
    /** Of the frames with a face and its position, the share off centre / too far from the camera. */
    offCentreShare: z.number().optional(),
    tooFarShare: z.number().optional(),
  }),
  perQuestion: z.array(questionExpressionSchema),
});
export type ExpressionSummary = z.infer<typeof expressionSummarySchema>;

/** The report's `emotions` section: the summary, what stood out per question, and what to practise. */
export const emotionsReportSchema = expressionSummarySchema.extend({
  highlights: z.array(
    z.object({
      questionId: z.string(),
      questionNumber: z.number().int(),
      kind: z.enum(["looking_away", "looking_down", "face_missing", "head_movement", "bright"]),
      value: z.number(),
      text: z.string(),
    }),
  ),
  suggestions: z.array(z.string()),
});
export type EmotionsReport = z.infer<typeof emotionsReportSchema>;

/** One past interview on the history's expression trend. */
export const expressionTrendSchema = z.object({
  sessions: z.array(
    z.object({
      sessionId: z.string(),
      createdAt: z.string(),
      samples: z.number().int(),
      lookingAwayShare: z.number(),
      faceMissingMs: z.number(),
    }),
  ),
});
export type ExpressionTrend = z.infer<typeof expressionTrendSchema>;
