import { z } from "zod";
import { languageSchema } from "./common";

/** Limits on a drawn scene; more elements or bytes answer 413. */
export const MAX_SCENE_ELEMENTS = 2000;
export const MAX_SCENE_BYTES = 1024 * 1024;
export const MAX_TEXT_CHARS = 2000;

export const componentKindSchema = z.enum([
  "client",
  "load_balancer",
  "api_server",
  "database",
  "replica",
  "cache",
  "queue",
  "worker",
  "object_storage",
  "cdn",
  "auth",
  "search",
  "monitoring",
  "external",
  "other",
]);
export type ComponentKind = z.infer<typeof componentKindSchema>;
export const COMPONENT_KINDS: readonly ComponentKind[] = componentKindSchema.options;

/** An Excalidraw scene as sent by the canvas: elements are read one by one, so each stays `unknown` here. */
export const sceneSchema = z
  .object({
    type: z.string().max(64).optional(),
    elements: z.array(z.unknown()),
    appState: z.record(z.string(), z.unknown()).optional(),
    files: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();
export type Scene = z.infer<typeof sceneSchema>;

export const componentSchema = z.object({
  /** The Excalidraw element id of the shape (or of the free text when drawn without a shape). */
  id: z.string(),
  kind: componentKindSchema,
  label: z.string(),
  /** Boundaries (frames, groups, enclosing boxes) the component sits in. */
  boundaries: z.array(z.string()).optional(),
});
export type Component = z.infer<typeof componentSchema>;

export const connectionSchema = z.object({
  from: z.string(),
  to: z.string(),
  label: z.string().optional(),
  /** The Excalidraw element id of the arrow or line. */
  id: z.string().optional(),
  /** "forward" from -> to, "both" a double-headed arrow, "none" a plain line. */
  direction: z.enum(["forward", "both", "none"]).optional(),
});
export type Connection = z.infer<typeof connectionSchema>;

export const boundarySchema = z.object({
  id: z.string(),
  kind: z.enum(["frame", "group", "container"]),
  label: z.string(),
  members: z.array(z.string()),
});
export type Boundary = z.infer<typeof boundarySchema>;

export const unreadSchema = z.object({
  /** The element's id when it had one. */
  elementId: z.string().optional(),
  /** What kind of note: invalid_element, freehand, unsupported_type, unlabelled_shape, loose_arrow, ... */
  code: z.string().optional(),
  /** The note in the analysis's language. */
  reason: z.string(),
});
export type Unread = z.infer<typeof unreadSchema>;

export const scoreCategorySchema = z.enum(["structure", "scalability", "security", "dataFlow"]);
export type ScoreCategory = z.infer<typeof scoreCategorySchema>;

export const whiteboardScoresSchema = z.object({
  structure: z.number().int().min(1).max(5),
  scalability: z.number().int().min(1).max(5),
  security: z.number().int().min(1).max(5),
  dataFlow: z.number().int().min(1).max(5),
});
export type WhiteboardScores = z.infer<typeof whiteboardScoresSchema>;

/** A strength, weakness or suggestion; `components` are the ids to highlight on the canvas. */
export const findingSchema = z.object({
  code: z.string(),
  category: scoreCategorySchema,
  text: z.string(),
  components: z.array(z.string()),
  source: z.enum(["rules", "llm"]).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const followUpSchema = z.object({ question: z.string(), components: z.array(z.string()) });
export type FollowUp = z.infer<typeof followUpSchema>;

export const analysisSchema = z.object({
  problemId: z.string().nullable(),
  components: z.array(componentSchema),
  connections: z.array(connectionSchema),
  boundaries: z.array(boundarySchema),
  scores: whiteboardScoresSchema,
  strengths: z.array(findingSchema),
  weaknesses: z.array(findingSchema),
  suggestions: z.array(findingSchema),
  followUps: z.array(followUpSchema),
  unread: z.array(unreadSchema),
  /** "rules", or "rules+llm:<model>" when a vision model added a review. */
  provider: z.string(),
  narrative: z.string().optional(),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** The diagram exported as a PNG data URL, sent with an analysis for a vision model to look at. */
export const MAX_DIAGRAM_IMAGE_CHARS = 2_000_000;
export const diagramImageSchema = z
  .string()
  .max(MAX_DIAGRAM_IMAGE_CHARS)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, "a data:image/png;base64 URL");

export const analyzeBodySchema = z.object({
  scene: sceneSchema,
  problemId: z.string().min(1).max(64).optional(),
  sessionId: z.string().min(1).max(64).optional(),
  language: languageSchema.optional(),
  /** Only read when a vision model is configured (see /api/status `whiteboard`). */
  image: diagramImageSchema.optional(),
});
export type AnalyzeBody = z.infer<typeof analyzeBodySchema>;

export const analyzeResultSchema = analysisSchema.extend({ id: z.string() });
export type AnalyzeResult = z.infer<typeof analyzeResultSchema>;

const localizedList = z.array(z.string());

export const whiteboardProblemSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  difficulty: z.enum(["easy", "medium", "hard"]),
  timeLimitMinutes: z.number().int(),
  /** A problem an LLM wrote for this user (`POST /api/whiteboard/problems/generate`). */
  generated: z.boolean().optional(),
});
export type WhiteboardProblemSummary = z.infer<typeof whiteboardProblemSummarySchema>;

export const whiteboardProblemListSchema = z.object({ problems: z.array(whiteboardProblemSummarySchema) });

export const whiteboardProblemSchema = whiteboardProblemSummarySchema.extend({
  requirements: z.object({
    functional: localizedList,
    scale: localizedList,
    constraints: localizedList,
  }),
  reference: z.object({
    requiredComponents: z.array(componentKindSchema),
    recommendedComponents: z.array(componentKindSchema),
    expectedFlows: z.array(
      z.object({ from: componentKindSchema, to: componentKindSchema, text: z.string() }),
    ),
    scalingRisks: localizedList,
    securityConcerns: localizedList,
    followUps: localizedList,
  }),
});
export type WhiteboardProblem = z.infer<typeof whiteboardProblemSchema>;

/** The canvas saved every few seconds, so a reload or a crash loses nothing. */
export const whiteboardDraftBodySchema = z.object({
  problemId: z.string().min(1).max(64),
  sessionId: z.string().min(1).max(64).optional(),
  scene: sceneSchema,
});
export type WhiteboardDraftBody = z.infer<typeof whiteboardDraftBodySchema>;

/** `scene` is null while nothing has been saved (an empty board, not an error). */
export const whiteboardDraftSchema = z.object({
  problemId: z.string(),
  sessionId: z.string().nullable(),
  scene: sceneSchema.nullable(),
  updatedAt: z.string().nullable(),
});
export type WhiteboardDraft = z.infer<typeof whiteboardDraftSchema>;

/** The `whiteboard` section of an interview's report: the last analysis of each problem drawn. */
export const whiteboardReportSchema = z.object({
  boards: z.array(
    z.object({
      problemId: z.string().nullable(),
      title: z.string(),
      scores: whiteboardScoresSchema,
      strengths: z.array(z.string()),
      weaknesses: z.array(z.string()),
      suggestions: z.array(z.string()),
      followUps: z.array(z.string()),
      componentCount: z.number().int(),
      connectionCount: z.number().int(),
      /** The LLM's overall review, when one was configured. */
      narrative: z.string().optional(),
      /** The drawing's elements, so the report can render the diagram as an image. */
      scene: sceneSchema,
    }),
  ),
});
export type WhiteboardReport = z.infer<typeof whiteboardReportSchema>;

/**
 * An interview's system-design round as the server keeps it: it starts when first opened and its deadline
 * holds across reloads; boards stored after `deadline` (plus `graceSeconds`) answer 409 ROUND_CLOSED.
 */
export const whiteboardRoundSchema = z.object({
  sessionId: z.string(),
  startedAt: z.string(),
  deadline: z.string(),
  minutes: z.number().int(),
  graceSeconds: z.number().int(),
  /** The server's clock when it answered, so a client with a skewed clock still counts down rightly. */
  now: z.string(),
  /** "time_up" once the deadline and its grace have passed; "interview_over" for a round never opened in time. */
  state: z.enum(["open", "time_up", "interview_over"]),
});
export type WhiteboardRound = z.infer<typeof whiteboardRoundSchema>;
