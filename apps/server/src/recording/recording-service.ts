import { followUpId } from "@studio/interview";
import type { RecordingInfo } from "@studio/protocol";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { answerRecordings, answers } from "../db/schema";
import { ApiError, notFound } from "../http/api-error";
import type { SessionStore } from "../interview/session-store";
import { type RecordingStore, recordingKey } from "./recording-store";

/** How old a file without a row must be before the sweep takes it (an upload writes the row ms after). */
export const SWEEP_GRACE_MS = 10 * 60_000;

export type RecordingContentType = RecordingInfo["contentType"];
export type RecordingRow = typeof answerRecordings.$inferSelect;

/**
 * Answer recordings the candidate chose to keep on the server: owner-scoped (another user's session
 * is "not found"), one per answered question, bounded per file and per user.
 */
export class RecordingService {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionStore,
    readonly store: RecordingStore,
    private readonly limits: { quotaBytes: number },
  ) {}

  get quotaBytes(): number {
    return this.limits.quotaBytes;
  }

  /** Throws "not found" unless the session is the user's. */
  async owned(userId: string, sessionId: string): Promise<void> {
    await this.sessions.owned(userId, sessionId);
  }

  /** The session (checked owner) and the question, which must be one the session asked. */
  private async question(userId: string, sessionId: string, questionId: string) {
    const session = await this.sessions.owned(userId, sessionId);
    const [answered] = await this.db
      .select({ id: answers.id })
      .from(answers)
      .where(and(eq(answers.sessionId, sessionId), eq(answers.questionId, questionId)));
    const planned = session.plan.some((q) => q.id === questionId || followUpId(q.id) === questionId);
    if (!answered && !planned) throw notFound("Question");
    return session;
  }

  async save(
    userId: string,
    sessionId: string,
    questionId: string,
    contentType: RecordingContentType,
    bytes: Uint8Array,
  ): Promise<RecordingInfo> {
    await this.question(userId, sessionId, questionId);
    if (bytes.byteLength === 0) throw new ApiError(400, "EMPTY_RECORDING", "The recording is empty");
    const [usage] = await this.db
      .select({ total: sql<string>`coalesce(sum(${answerRecordings.bytes}), 0)` })
      .from(answerRecordings)
      .where(
        and(
          eq(answerRecordings.userId, userId),
          // A replaced recording no longer counts.
          sql`not (${answerRecordings.sessionId} = ${sessionId} and ${answerRecordings.questionId} = ${questionId})`,
        ),
      );
    if (Number(usage?.total ?? 0) + bytes.byteLength > this.limits.quotaBytes) {
      throw new ApiError(
        413,
        "RECORDING_QUOTA_EXCEEDED",
        "Your recordings kept on the server are over your storage quota; delete some first",
      );
    }
    const key = recordingKey(userId, sessionId, questionId);
    await this.store.put(key, bytes, contentType);
    const row = {
      sessionId,
      questionId,
      userId,
      contentType,
      bytes: bytes.byteLength,
      storageKey: key,
      consentAt: new Date(),
    };
    const [saved] = await this.db
      .insert(answerRecordings)
      .values(row)
      .onConflictDoUpdate({ target: [answerRecordings.sessionId, answerRecordings.questionId], set: row })
      .returning();
    return recordingInfo(saved!);
  }

  async find(userId: string, sessionId: string, questionId: string): Promise<RecordingRow> {
    await this.sessions.owned(userId, sessionId);
    const [row] = await this.db
      .select()
      .from(answerRecordings)
      .where(and(eq(answerRecordings.sessionId, sessionId), eq(answerRecordings.questionId, questionId)));
    if (!row || row.userId !== userId) throw notFound("Recording");
    return row;
  }

  async remove(userId: string, sessionId: string, questionId: string): Promise<void> {
    const row = await this.find(userId, sessionId, questionId);
    await this.db
      .delete(answerRecordings)
      .where(and(eq(answerRecordings.sessionId, sessionId), eq(answerRecordings.questionId, questionId)));
    await this.store.remove(row.storageKey);
  }

  async listOf(userId: string, sessionId?: string): Promise<RecordingRow[]> {
    return this.db
      .select()
      .from(answerRecordings)
      .where(
        sessionId
          ? and(eq(answerRecordings.userId, userId), eq(answerRecordings.sessionId, sessionId))
          : eq(answerRecordings.userId, userId),
      );
  }

  /**
   * Removes bytes whose row is gone: the rows cascade with their session and account inside the
   * database, and this sweep (after those deletes and at start-up) takes the files with them.
   */
  async sweep(now = new Date()): Promise<number> {
    // Bytes are written before their row: an upload in flight (on another node sharing the store) has
    // a file and no row yet. Only files older than any upload can be are orphans.
    const before = new Date(now.getTime() - SWEEP_GRACE_MS);
    const rows = await this.db.select({ key: answerRecordings.storageKey }).from(answerRecordings);
    const kept = new Set(rows.map((r) => r.key));
    let removed = 0;
    for (const key of await this.store.keys(before)) {
      if (kept.has(key)) continue;
      await this.store.remove(key);
      removed++;
    }
    return removed;
  }
}

export function recordingInfo(row: RecordingRow): RecordingInfo {
  return {
    questionId: row.questionId,
    contentType: row.contentType as RecordingContentType,
    bytes: row.bytes,
    createdAt: row.createdAt.toISOString(),
  };
}
