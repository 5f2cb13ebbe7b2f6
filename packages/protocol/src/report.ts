import { z } from "zod";
import { panelPracticeReportSchema, personaIdSchema } from "./ai-panel";
import { categorySchema, languageSchema, roleSchema } from "./common";
import { deliverySchema, deliverySummarySchema } from "./delivery";
import { criteriaScoresSchema, evaluationSchema, starScoresSchema } from "./evaluation";
import { interviewSetupSchema } from "./session";
import { whiteboardReportSchema } from "./whiteboard";

export const gradeSchema = z.enum(["S", "A", "B", "C", "D"]);
export type Grade = z.infer<typeof gradeSchema>;

const averagesSchema = z.object({
  specificity: z.number(),
  logic: z.number(),
  technical: z.number(),
  star: z.number(),
  communication: z.number(),
});

export const speechAnalyticsSchema = z.object({
  answersTimed: z.number().int(),
  averagePace: z.number().nullable(),
  paceUnit: z.enum(["syllables_per_minute", "words_per_minute"]),
  paceVerdict: z.enum(["slow", "good", "fast"]).nullable(),
  fillerCount: z.number().int(),
  fillersPerAnswer: z.number(),
  topFillers: z.array(z.object({ word: z.string(), count: z.number().int() })),
  averageDurationMs: z.number().nullable(),
  overTimeLimit: z.number().int(),
  timeLimitMs: z.number().int(),
  perAnswer: z.array(
    z.object({
      questionId: z.string(),
      durationMs: z.number().nullable(),
      pace: z.number().nullable(),
      fillers: z.number().int(),
    }),
  ),
  delivery: deliverySummarySchema.optional(),
});
export type SpeechAnalytics = z.infer<typeof speechAnalyticsSchema>;

export const reportQuestionSchema = z.object({
  questionId: z.string(),
  category: categorySchema,
  followUp: z.boolean(),
  question: z.string(),
  answer: z.string(),
  durationMs: z.number().nullable(),
  evaluation: evaluationSchema,
  /** A model-answer outline: the question's talking points in the order a strong answer covers them. */
  outline: z.array(z.string()).optional(),
  delivery: deliverySchema.optional(),
  /** Panel practice: the AI interviewer who asked it. */
  persona: personaIdSchema.optional(),
});

export const reportSchema = z.object({
  sessionId: z.string(),
  language: languageSchema,
  role: roleSchema,
  grade: gradeSchema,
  averages: averagesSchema,
  total: z.number(),
  star: starScoresSchema.extend({
    total: z.number(),
    sentences: z.object({
      situation: z.array(z.string()),
      task: z.array(z.string()),
      action: z.array(z.string()),
      result: z.array(z.string()),
    }),
  }),
  keywords: z.object({ technical: z.array(z.string()), general: z.array(z.string()) }),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  recommendations: z.array(z.string()),
  summary: z.string(),
  /** Who wrote the summary, strengths, improvements and recommendations: "rules" or "llm:<model>". */
  narrative: z.string().optional(),
  questions: z.array(reportQuestionSchema),
  speech: speechAnalyticsSchema.optional(),
  /** The questions built from the candidate's resume, and what in it each was about. */
  resume: z
    .object({
      asked: z.array(
        z.object({
          questionId: z.string(),
          question: z.string(),
          topic: z.object({ kind: z.enum(["project", "skill"]), name: z.string() }),
        }),
      ),
    })
    .optional(),
  /** How the interview was set up (difficulty, interviewer style, format, posting). */
  setup: interviewSetupSchema.optional(),
  /** How the candidate fits the posting: each requirement's tool, shown by the resume and by the answers. */
  postingFit: z
    .object({
      company: z.string().optional(),
      role: z.string(),
      requirements: z.array(z.object({ skill: z.string(), inResume: z.boolean(), inAnswers: z.boolean() })),
      /** Requirements neither the resume nor the answers showed: what to prepare. */
      gaps: z.array(z.string()),
    })
    .optional(),
  emotions: z.record(z.string(), z.unknown()).optional(),
  /** The coding test taken during the interview: each problem's last submission. */
  coding: z
    .object({
      solved: z.number().int(),
      attempted: z.number().int(),
      problems: z.array(
        z.object({
          problemId: z.string(),
          language: z.string(),
          verdict: z.string(),
          testsPassed: z.number().int(),
          testCount: z.number().int(),
          complexity: z.string(),
          notes: z.array(z.string()),
          attempts: z.number().int(),
        }),
      ),
    })
    .optional(),
  /** The system-design round: the last analysis of each problem drawn during the interview. */
  whiteboard: whiteboardReportSchema.optional(),
  /** Panel practice: the AI interviewers, and what each would say about the candidate. */
  panel: panelPracticeReportSchema.optional(),
  /** When this build of the report was made: a rebuild (a late delivery) gives a later one. */
  createdAt: z.string(),
  /**
   * Set on reading, never stored: answers' delivery figures may still change this report (a rebuild
   * is on its way, or a spoken interview has just ended), so an open report page asks again.
   */
  deliveriesPending: z.boolean().optional(),
});
export type Report = z.infer<typeof reportSchema>;
export type Averages = z.infer<typeof averagesSchema>;
export { criteriaScoresSchema };
