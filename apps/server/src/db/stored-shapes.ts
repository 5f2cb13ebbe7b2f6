import {
  analysisSchema,
  categorySchema,
  deliverySchema,
  evaluationSchema,
  generatedProblemSchema,
  personaIdSchema,
  reportSchema,
  resumeChunkSchema,
  resumeFactsSchema,
  sceneSchema,
  submissionResultSchema,
  submitAnswerResponseSchema,
} from "@studio/protocol";
import { bm25IndexDataSchema } from "@studio/resume";
import { z } from "zod";
import type { StoredShape } from "./stored-json";

/**
 * The shape of every versioned JSON column, in one place. Version 1 is the first versioned one; rows
 * written before (version 0) hold the same shape without the version, so they parse as they are unless
 * an `upgrade` says otherwise. A change of shape raises the version and upgrades the older rows here.
 */
export const plannedQuestionSchema = z.object({
  id: z.string(),
  category: categorySchema,
  text: z.string(),
  /** Set when the question was built from the candidate's resume. */
  resume: z.object({ kind: z.enum(["project", "skill"]), name: z.string() }).optional(),
  /** Panel practice: the AI interviewer who asks it (and its follow-up). */
  persona: personaIdSchema.optional(),
});
export type PlannedQuestionRow = z.infer<typeof plannedQuestionSchema>;

export const planShape: StoredShape<PlannedQuestionRow[]> = {
  version: 1,
  schema: z.array(plannedQuestionSchema),
};
/** The categories a practice set kept to, in the order chosen. */
export const focusCategoriesShape = { version: 1, schema: z.array(categorySchema) };
export const evaluationShape = { version: 1, schema: evaluationSchema } satisfies StoredShape<unknown>;
export const deliveryShape = { version: 1, schema: deliverySchema } satisfies StoredShape<unknown>;
export const reportShape = { version: 1, schema: reportSchema } satisfies StoredShape<unknown>;
export const submissionResultShape = {
  version: 1,
  schema: submissionResultSchema,
} satisfies StoredShape<unknown>;

export const resumeChunksShape = { version: 1, schema: z.array(resumeChunkSchema) };
export const bm25IndexShape = { version: 1, schema: bm25IndexDataSchema };
export const resumeVectorsShape = {
  version: 1,
  schema: z.array(z.object({ chunkId: z.string(), vector: z.array(z.number()) })),
};

const extractedFactsSchema = resumeFactsSchema.extend({
  skillChunks: z.record(z.string(), z.string()),
});
export const resumeFactsShape: StoredShape<z.infer<typeof extractedFactsSchema>> = {
  version: 1,
  schema: extractedFactsSchema,
  // Resumes read before companies, roles, dates and skill chunks were extracted lack those lists.
  upgrade: (value) => ({
    companies: [],
    roles: [],
    dates: [],
    skillChunks: {},
    ...(value as object),
  }),
};

export const stringListShape = { version: 1, schema: z.array(z.string()) };

/** A whiteboard drawing as the canvas sent it (elements stay opaque) and the review made of it. */
export const sceneShape = { version: 1, schema: sceneSchema } satisfies StoredShape<unknown>;
export const analysisShape = { version: 1, schema: analysisSchema } satisfies StoredShape<unknown>;
export const generatedProblemShape = {
  version: 1,
  schema: generatedProblemSchema,
} satisfies StoredShape<unknown>;
export const answerReplyShape = {
  version: 1,
  schema: submitAnswerResponseSchema,
} satisfies StoredShape<unknown>;
