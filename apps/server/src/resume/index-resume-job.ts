import type { Embedder } from "@studio/providers";
import { extractPdfText, indexResume, isResumeError, resumeErrorMessage } from "@studio/resume";
import { eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { resumeFiles, resumes } from "../db/resume-schema";
import type { JobQueue } from "../jobs/job-queue";
import type { AppServices } from "../services";
import { fileBytesColumn } from "./resume-file-bytes";

export const INDEX_RESUME_JOB = "index-resume";

export interface IndexResumeJob {
  resumeId: string;
}

export const indexResumeJobId = (resumeId: string) => `${INDEX_RESUME_JOB}:${resumeId}`;

/** One job per resume: a second enqueue while the first still waits is a no-op. */
export function enqueueIndexResume(queue: JobQueue, resumeId: string): Promise<void> {
  return queue.enqueue<IndexResumeJob>(INDEX_RESUME_JOB, { resumeId }, { jobId: indexResumeJobId(resumeId) });
}

/**
 * Reads an uploaded PDF in the background: text, chunks, facts and the BM25 index are stored and the
 * resume becomes "ready", or "failed" with the refusal's code when the file cannot be used. Either
 * way the uploaded bytes are deleted with that write. Resumes whose bytes are still there (the server
 * stopped before the job ran) are queued again at start.
 */
export async function registerResumeJob({ db, queue, embedder }: AppServices): Promise<void> {
  queue.register<IndexResumeJob>(INDEX_RESUME_JOB, ({ resumeId }) =>
    indexUploadedResume(db, embedder, resumeId),
  );
  const pending = await db.select({ id: resumeFiles.resumeId }).from(resumeFiles);
  for (const { id } of pending) await enqueueIndexResume(queue, id);
}

async function indexUploadedResume(db: Database, embedder: Embedder | null, resumeId: string): Promise<void> {
  const [file] = await db
    .select({ bytes: fileBytesColumn })
    .from(resumeFiles)
    .where(eq(resumeFiles.resumeId, resumeId));
  if (!file) return; // deleted meanwhile, or already indexed by another worker
  let result: Partial<typeof resumes.$inferInsert>;
  try {
    const { pages, text } = await extractPdfText(file.bytes);
    // ingestResume, but with the text cleaned first: PostgreSQL refuses a NUL in text and jsonb alike,
    // and a PDF may well draw one (pdf.js passes "\000" in a string through).
    const clean = withoutControlCharacters(text);
    const resume = indexResume(clean);
    result = {
      status: "ready",
      pages,
      language: resume.language,
      text: clean,
      chunks: resume.chunks,
      facts: resume.facts,
      index: resume.index.toJSON(),
      vectors: embedder ? await embedChunks(embedder, resume.chunks) : null,
    };
  } catch (error) {
    // A refusal is the file's final answer; any other error is ours and the queue tries again.
    if (!isResumeError(error)) throw error;
    result = { status: "failed", errorCode: error.code, errorMessage: resumeErrorMessage(error.code, "en") };
  }
  await db.transaction(async (tx) => {
    await tx.update(resumes).set(result).where(eq(resumes.id, resumeId));
    await tx.delete(resumeFiles).where(eq(resumeFiles.resumeId, resumeId));
  });
}

function withoutControlCharacters(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => (c === "\n" || c === "\t" ? c : ""));
}

/** With an embeddings engine, each chunk's vector for hybrid search (an engine failure retries the job). */
async function embedChunks(embedder: Embedder, chunks: readonly { id: string; text: string }[]) {
  const vectors = await embedder.embed(chunks.map((c) => c.text));
  return chunks.map((c, i) => ({ chunkId: c.id, vector: vectors[i] ?? [] }));
}
