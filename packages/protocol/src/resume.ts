import { z } from "zod";
import { languageSchema } from "./common";

/** A resume is indexed in a background job after upload: processing → ready, or failed with an error. */
export const resumeStatusSchema = z.enum(["processing", "ready", "failed"]);
export type ResumeStatus = z.infer<typeof resumeStatusSchema>;

/** Why a file was refused; the server maps each code to an HTTP status (see @studio/resume). */
export const resumeErrorCodeSchema = z.enum([
  "EMPTY_FILE",
  "FILE_TOO_LARGE",
  "NOT_PDF",
  "ENCRYPTED_PDF",
  "CORRUPT_PDF",
  "NO_TEXT",
  "TOO_MANY_PAGES",
  "PDF_TOO_COMPLEX",
]);
export type ResumeErrorCode = z.infer<typeof resumeErrorCodeSchema>;

/** Where a chunk of the resume comes from; "header" is whatever precedes the first heading (name, contact). */
export const resumeSectionSchema = z.enum([
  "header",
  "profile",
  "experience",
  "projects",
  "skills",
  "education",
  "awards",
  "certifications",
  "activities",
  "other",
]);
export type ResumeSection = z.infer<typeof resumeSectionSchema>;

export const resumeChunkSchema = z.object({
  id: z.string(),
  section: resumeSectionSchema,
  /** The heading as written in the resume ("경력 사항", "Work Experience"); empty for the header. */
  heading: z.string(),
  text: z.string(),
  index: z.number().int().min(0),
});
export type ResumeChunk = z.infer<typeof resumeChunkSchema>;

export const resumeProjectSchema = z.object({
  name: z.string(),
  description: z.string(),
  chunkId: z.string(),
  /** As written ("2022.01 - 2022.06"). */
  period: z.string().optional(),
  /** The employer the project was done at, when it sits under a job. */
  company: z.string().optional(),
  role: z.string().optional(),
  /** Skills of the resume the project names. */
  technologies: z.array(z.string()).default([]),
  /** Measured results as written ("처리 시간 4시간 → 50분", "conversion +11%"). */
  results: z.array(z.string()).default([]),
});
export type ResumeProject = z.infer<typeof resumeProjectSchema>;

export const resumeFactsSchema = z.object({
  skills: z.array(z.string()),
  projects: z.array(resumeProjectSchema),
  companies: z.array(z.string()),
  roles: z.array(z.string()),
  /** Dates and date ranges as written ("2021.03 - 2023.02", "Mar 2021 – Present"). */
  dates: z.array(z.string()),
});
export type ResumeFacts = z.infer<typeof resumeFactsSchema>;

export const resumeUploadResponseSchema = z.object({
  id: z.string(),
  status: resumeStatusSchema,
  /** Known once the text is extracted; null while the background job has not read the file yet. */
  pages: z.number().int().min(0).nullable(),
  chunks: z.number().int().min(0).nullable(),
});
export type ResumeUploadResponse = z.infer<typeof resumeUploadResponseSchema>;

export const resumeDetailSchema = resumeUploadResponseSchema.extend({
  ...resumeFactsSchema.shape,
  fileName: z.string().optional(),
  language: languageSchema.nullable().optional(),
  error: z.object({ code: resumeErrorCodeSchema, message: z.string() }).nullable(),
  createdAt: z.string().optional(),
});
export type ResumeDetail = z.infer<typeof resumeDetailSchema>;

const shortText = z.string().trim().min(1).max(120);

/** A project as the candidate corrects it; what is left out keeps its extracted value or is empty. */
export const resumeProjectPatchSchema = z.object({
  name: shortText,
  period: z.string().trim().max(60).optional(),
  company: z.string().trim().max(120).optional(),
  role: z.string().trim().max(120).optional(),
  technologies: z.array(shortText).max(40).default([]),
  results: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  /** The name the project had before this correction: a renamed project keeps the passage it was read from. */
  from: z.string().trim().max(120).optional(),
});

/** PATCH /api/resumes/{id}: the lists given replace the extracted ones. */
export const resumePatchBodySchema = z
  .object({
    skills: z.array(shortText).max(150).optional(),
    projects: z.array(resumeProjectPatchSchema).max(60).optional(),
    companies: z.array(shortText).max(40).optional(),
  })
  .refine((body) => body.skills || body.projects || body.companies, {
    message: "Give skills, projects or companies",
  });
export type ResumePatchBody = z.infer<typeof resumePatchBodySchema>;

export const postingBodySchema = z.object({
  text: z.string().trim().min(20, "Paste the posting's text").max(30_000),
  /** The company, when the candidate names it rather than the text. */
  company: z.string().trim().min(1).max(120).optional(),
});
export type PostingBody = z.infer<typeof postingBodySchema>;

/** A job posting read into what the interview weighs: the role, required and preferred skills, duties. */
export const postingSchema = z.object({
  id: z.string(),
  company: z.string().optional(),
  role: z.string(),
  required: z.array(z.string()),
  preferred: z.array(z.string()),
  duties: z.array(z.string()),
  /** The company's values or culture as the posting states them. */
  values: z.array(z.string()).default([]),
  /** Tools named in the requirements, as the lexicon spells them. */
  skills: z.array(z.string()).default([]),
  createdAt: z.string().optional(),
});
export type Posting = z.infer<typeof postingSchema>;

export const resumeListResponseSchema = z.object({ resumes: z.array(resumeDetailSchema) });
