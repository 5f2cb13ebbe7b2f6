import type { Language, ResumeErrorCode, ResumeStatus } from "@studio/protocol";
import { customType, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./schema";
import { versionedJsonb } from "./stored-json";
import { bm25IndexShape, resumeChunksShape, resumeFactsShape, resumeVectorsShape } from "./stored-shapes";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** An uploaded resume and, once the index-resume job has read it, what the interview uses of it. */
export const resumes = pgTable(
  "resumes",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status").$type<ResumeStatus>().notNull(),
    fileName: text("file_name").notNull(),
    pages: integer("pages"),
    language: text("language").$type<Language>(),
    errorCode: text("error_code").$type<ResumeErrorCode>(),
    errorMessage: text("error_message"),
    text: text("text"),
    chunks: versionedJsonb("chunks", resumeChunksShape),
    facts: versionedJsonb("facts", resumeFactsShape),
    /** The BM25 index as `Bm25Index.toJSON()` gives it; `Bm25Index.fromJSON` rebuilds it. */
    index: versionedJsonb("index", bm25IndexShape),
    /** One embedding per chunk when an embeddings engine is configured (pgvector is not packaged here). */
    vectors: versionedJsonb("vectors", resumeVectorsShape),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("resumes_user_idx").on(t.userId, t.createdAt)],
);

/**
 * The uploaded PDF until the index-resume job has read it; the row is deleted in the same transaction
 * that stores the result, so no copy of the file outlives its ingestion (and none is ever on disk).
 * Kept here rather than in the job payload so that a BullMQ job stays small and a failed job kept in
 * Redis holds no personal data; a restart finds the bytes here and runs the job again.
 */
export const resumeFiles = pgTable("resume_files", {
  resumeId: text("resume_id")
    .primaryKey()
    .references(() => resumes.id, { onDelete: "cascade" }),
  bytes: bytea("bytes").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
