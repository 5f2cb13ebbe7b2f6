import { z } from "zod";
import { languageSchema, roleSchema } from "./common";
import { componentKindSchema, scoreCategorySchema } from "./whiteboard";

const reviewText = z.string().trim().min(1).max(400);
const componentIds = z.array(z.string().min(1).max(64)).max(20);

/** One extra finding from the LLM; it must name components of the diagram, or it is dropped. */
export const llmDiagramFindingSchema = z.object({
  kind: z.enum(["strength", "weakness", "suggestion"]),
  category: scoreCategorySchema,
  text: reviewText,
  components: componentIds.min(1),
});
export type LlmDiagramFinding = z.infer<typeof llmDiagramFindingSchema>;

export const llmDiagramFollowUpSchema = z.object({ question: reviewText, components: componentIds });

/** What a (vision) LLM adds to the rule review: prose and findings, never scores. */
export const llmDiagramReviewSchema = z.object({
  narrative: z.string().trim().min(1).max(1500).optional(),
  findings: z.array(llmDiagramFindingSchema).max(12),
  followUps: z.array(llmDiagramFollowUpSchema).max(5),
});
export type LlmDiagramReview = z.infer<typeof llmDiagramReviewSchema>;

/** `POST /api/whiteboard/problems/generate`: a new problem from a role and a topic. */
export const generateProblemBodySchema = z.object({
  role: roleSchema,
  topic: z.string().trim().min(2).max(120),
  language: languageSchema,
});
export type GenerateProblemBody = z.infer<typeof generateProblemBodySchema>;

const line = z.string().trim().min(1).max(300);
const lines = (min: number, max: number) => z.array(line).min(min).max(max);
const kinds = z.array(componentKindSchema).max(15);

/** A generated problem as the LLM must write it: the bank's shape in one language, plus grading traits. */
export const generatedProblemSchema = z.object({
  title: z.string().trim().min(2).max(120),
  summary: z.string().trim().min(5).max(400),
  difficulty: z.enum(["easy", "medium", "hard"]),
  timeLimitMinutes: z.number().int().min(15).max(90),
  requirements: z.object({ functional: lines(1, 8), scale: lines(1, 6), constraints: lines(0, 6) }),
  reference: z.object({
    requiredComponents: kinds.min(2),
    recommendedComponents: kinds,
    expectedFlows: z
      .array(z.object({ from: componentKindSchema, to: componentKindSchema, text: line }))
      .min(1)
      .max(6),
    traits: z.object({
      readHeavy: z.boolean(),
      heavyWork: z.boolean(),
      sensitive: z.boolean(),
      media: z.boolean(),
    }),
    scalingRisks: lines(1, 6),
    securityConcerns: lines(1, 6),
    followUps: lines(1, 6),
  }),
});
export type GeneratedProblem = z.infer<typeof generatedProblemSchema>;
