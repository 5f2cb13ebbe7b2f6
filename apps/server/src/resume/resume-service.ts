import { randomUUID } from "node:crypto";
import type { ResumeDetail, ResumePatchBody, ResumeUploadResponse } from "@studio/protocol";
import { checkPdfFile } from "@studio/resume";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { resumeFiles, resumes } from "../db/resume-schema";
import { ApiError, notFound } from "../http/api-error";
import type { JobQueue } from "../jobs/job-queue";
import { enqueueIndexResume, INDEX_RESUME_JOB, indexResumeJobId } from "./index-resume-job";
import { asResumeApiError, resumeApiError } from "./resume-api-error";
import { fileBytesValue } from "./resume-file-bytes";

export interface ResumeUpload {
  bytes: Uint8Array;
  fileName: string;
}

export interface ResumeServiceOptions {
  /** How long an upload waits on its ingestion job before answering "processing" (the client then polls). */
  waitMs?: number;
}

// What a resume's views need: everything but the text, the index and the chunks themselves.
const summaryColumns = {
  id: resumes.id,
  status: resumes.status,
  fileName: resumes.fileName,
  pages: resumes.pages,
  language: resumes.language,
  errorCode: resumes.errorCode,
  errorMessage: resumes.errorMessage,
  chunkCount: sql<
    number | null
  >`jsonb_array_length(case when jsonb_typeof(${resumes.chunks}) = 'array' then ${resumes.chunks} else ${resumes.chunks}->'items' end)`.mapWith(
    (n) => (n === null ? null : Number(n)),
  ),
  facts: resumes.facts,
  createdAt: resumes.createdAt,
};
const selectSummaries = (db: Database) => db.select(summaryColumns).from(resumes);
type ResumeSummaryRow = Awaited<ReturnType<typeof selectSummaries>>[number];

/**
 * Uploads, reads and deletions of resumes, always scoped to their owner: another user's resume is
 * "not found". The PDF is checked here, then read by the index-resume job (see index-resume-job.ts).
 */
export class ResumeService {
  private readonly waitMs: number;

  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    options: ResumeServiceOptions = {},
  ) {
    this.waitMs = options.waitMs ?? 8000;
  }

  /**
   * Stores the file and queues its ingestion, then waits on that job (an event, not a polled row) for a
   * few seconds at most (reading takes well under a second): a usable resume answers with its figures,
   * an unusable one with its refusal (and is dropped), and only a slow one answers "processing", which
   * the client follows with GET /api/resumes/{id}.
   */
  async upload(userId: string, upload: ResumeUpload): Promise<ResumeUploadResponse> {
    try {
      checkPdfFile(upload.bytes);
    } catch (error) {
      asResumeApiError(error);
    }
    const id = randomUUID();
    await this.db.transaction(async (tx) => {
      await tx.insert(resumes).values({ id, userId, status: "processing", fileName: upload.fileName });
      await tx.insert(resumeFiles).values({ resumeId: id, bytes: fileBytesValue(upload.bytes) });
    });
    try {
      await enqueueIndexResume(this.queue, id);
    } catch (error) {
      await this.db.delete(resumes).where(eq(resumes.id, id));
      throw error;
    }
    await this.queue.settled(INDEX_RESUME_JOB, indexResumeJobId(id), this.waitMs);
    const row = await this.owned(userId, id);
    if (row.status === "failed" && row.errorCode) {
      await this.db.delete(resumes).where(eq(resumes.id, id));
      throw resumeApiError(row.errorCode);
    }
    return { id, status: row.status, pages: row.pages, chunks: row.chunkCount };
  }

  async detail(userId: string, id: string): Promise<ResumeDetail> {
    return resumeDetail(await this.owned(userId, id));
  }

  /**
   * The candidate's corrections: the lists given replace the extracted skills, projects or companies.
   * A project keeps the description and passage of the extracted one with its name.
   */
  async patch(userId: string, id: string, body: ResumePatchBody): Promise<ResumeDetail> {
    const row = await this.owned(userId, id);
    if (row.status !== "ready" || !row.facts) {
      throw new ApiError(409, "RESUME_NOT_READY", "The resume is not read yet");
    }
    const facts = { ...row.facts };
    if (body.skills) facts.skills = [...new Set(body.skills)];
    if (body.companies) facts.companies = [...new Set(body.companies)];
    if (body.projects) {
      facts.projects = body.projects.map(({ from, ...project }) => {
        const known = row.facts!.projects.find((old) => old.name === (from ?? project.name));
        return { ...project, description: known?.description ?? "", chunkId: known?.chunkId ?? "" };
      });
    }
    await this.db
      .update(resumes)
      .set({ facts })
      .where(and(eq(resumes.id, id), eq(resumes.userId, userId)));
    return resumeDetail({ ...row, facts });
  }

  /** Own resumes, newest first. */
  async list(userId: string): Promise<ResumeDetail[]> {
    const rows = await selectSummaries(this.db)
      .where(eq(resumes.userId, userId))
      .orderBy(desc(resumes.createdAt));
    return rows.map(resumeDetail);
  }

  /** Deletes the resume with whatever of its upload is left (the file row goes by cascade). */
  async remove(userId: string, id: string): Promise<void> {
    const deleted = await this.db
      .delete(resumes)
      .where(and(eq(resumes.id, id), eq(resumes.userId, userId)))
      .returning({ id: resumes.id });
    if (deleted.length === 0) throw notFound("Resume");
  }

  private async owned(userId: string, id: string): Promise<ResumeSummaryRow> {
    const [row] = await selectSummaries(this.db).where(and(eq(resumes.id, id), eq(resumes.userId, userId)));
    if (!row) throw notFound("Resume");
    return row;
  }
}

function resumeDetail(row: ResumeSummaryRow): ResumeDetail {
  return {
    id: row.id,
    status: row.status,
    pages: row.pages,
    chunks: row.chunkCount,
    skills: row.facts?.skills ?? [],
    // Resumes read before projects had details get empty lists, not missing ones.
    projects: (row.facts?.projects ?? []).map((project) => ({
      ...project,
      technologies: project.technologies ?? [],
      results: project.results ?? [],
    })),
    companies: row.facts?.companies ?? [],
    roles: row.facts?.roles ?? [],
    dates: row.facts?.dates ?? [],
    fileName: row.fileName,
    language: row.language,
    error: row.errorCode ? { code: row.errorCode, message: row.errorMessage ?? "" } : null,
    createdAt: row.createdAt.toISOString(),
  };
}
