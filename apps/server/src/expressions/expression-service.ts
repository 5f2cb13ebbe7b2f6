import { summarizeExpressions } from "@studio/interview";
import { type ExpressionSample, type ExpressionTrend, MAX_SAMPLES_PER_SECOND } from "@studio/protocol";
import { and, asc, between, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { expressionSamples, interviewSessions } from "../db/schema";
import { ApiError } from "../http/api-error";
import { SessionStore } from "../interview/session-store";
import type { SampleBudget } from "./sample-budget";

/** The history's trend shows this many latest interviews. */
const TREND_SESSIONS = 30;

type SampleRow = typeof expressionSamples.$inferSelect;

/** Stores and reads a session's expression samples; every call is scoped to the session's owner. */
export class ExpressionService {
  private readonly store: SessionStore;

  constructor(
    private readonly db: Database,
    /** Needed to record samples; the report job only reads them. */
    private readonly budget?: SampleBudget,
  ) {
    this.store = new SessionStore(db);
  }

  /**
   * Stores the samples that fit MAX_SAMPLES_PER_SECOND within each second of `at` (the rest are
   * dropped and counted); 429 when the session sent more than its wall-clock budget.
   */
  async record(userId: string, sessionId: string, samples: readonly ExpressionSample[]) {
    return this.db.transaction(async (tx) => {
      // The row lock serialises a session's writers, so the per-second count cannot be raced past.
      await this.store.owned(userId, sessionId, tx, true);
      if (!this.budget) throw new Error("ExpressionService needs a SampleBudget to record samples");
      if (!(await this.budget.take(sessionId, samples.length)))
        throw new ApiError(429, "RATE_LIMITED", "Too many expression samples; send at most 4 per second");
      const sorted = [...samples].sort((a, b) => a.at - b.at);
      const first = Math.floor((sorted[0] as ExpressionSample).at);
      const last = Math.floor((sorted.at(-1) as ExpressionSample).at);
      const second = sql<number>`${expressionSamples.atMs} / 1000`;
      const existing = await tx
        .select({ second, count: sql<number>`count(*)::int` })
        .from(expressionSamples)
        .where(
          and(
            eq(expressionSamples.sessionId, sessionId),
            between(expressionSamples.atMs, first - (first % 1000), last - (last % 1000) + 999),
          ),
        )
        .groupBy(second);
      const perSecond = new Map(existing.map((r) => [Number(r.second), r.count]));
      const kept = sorted.filter((sample) => {
        const key = Math.floor(sample.at / 1000);
        const count = perSecond.get(key) ?? 0;
        if (count >= MAX_SAMPLES_PER_SECOND) return false;
        perSecond.set(key, count + 1);
        return true;
      });
      if (kept.length > 0) await tx.insert(expressionSamples).values(kept.map((s) => toRow(sessionId, s)));
      return { accepted: kept.length, dropped: samples.length - kept.length };
    });
  }

  async list(userId: string, sessionId: string): Promise<ExpressionSample[]> {
    await this.store.owned(userId, sessionId);
    return this.samplesOf(sessionId);
  }

  async summary(userId: string, sessionId: string) {
    return summarizeExpressions(await this.list(userId, sessionId));
  }

  /** For the report job, which has already found the session. */
  async samplesOf(sessionId: string): Promise<ExpressionSample[]> {
    const rows = await this.db
      .select()
      .from(expressionSamples)
      .where(eq(expressionSamples.sessionId, sessionId))
      .orderBy(asc(expressionSamples.atMs), asc(expressionSamples.id));
    return rows.map(fromRow);
  }

  /** The looking-away share and face-missing time of the user's latest interviews with samples, oldest first. */
  async trend(userId: string): Promise<ExpressionTrend> {
    const sessions = await this.db
      .select({ id: interviewSessions.id, createdAt: interviewSessions.createdAt })
      .from(interviewSessions)
      .where(
        and(
          eq(interviewSessions.userId, userId),
          sql`exists (select 1 from ${expressionSamples} where ${expressionSamples.sessionId} = ${interviewSessions.id})`,
        ),
      )
      .orderBy(desc(interviewSessions.createdAt))
      .limit(TREND_SESSIONS);
    const points = [];
    for (const session of sessions.reverse()) {
      const { overall } = summarizeExpressions(await this.samplesOf(session.id));
      points.push({
        sessionId: session.id,
        createdAt: session.createdAt.toISOString(),
        samples: overall.samples,
        lookingAwayShare: overall.lookingAwayShare,
        faceMissingMs: overall.faceMissingMs,
      });
    }
    return { sessions: points };
  }
}

function toRow(sessionId: string, s: ExpressionSample) {
  return {
    sessionId,
    atMs: Math.floor(s.at),
    questionId: s.questionId ?? null,
    scores: s.scores,
    facePresent: s.facePresent,
    lookingAway: s.lookingAway ?? null,
    headYaw: s.headYaw ?? null,
    headPitch: s.headPitch ?? null,
    lookingDown: s.lookingDown ?? null,
    headRoll: s.headRoll ?? null,
    faceOffCentre: s.faceOffCentre ?? null,
    faceSize: s.faceSize ?? null,
  };
}

function fromRow(row: SampleRow): ExpressionSample {
  return {
    at: row.atMs,
    ...(row.questionId !== null ? { questionId: row.questionId } : {}),
    scores: row.scores,
    facePresent: row.facePresent,
    ...(row.lookingAway !== null ? { lookingAway: row.lookingAway } : {}),
    ...(row.headYaw !== null ? { headYaw: row.headYaw } : {}),
    ...(row.headPitch !== null ? { headPitch: row.headPitch } : {}),
    ...(row.lookingDown !== null ? { lookingDown: row.lookingDown } : {}),
    ...(row.headRoll !== null ? { headRoll: row.headRoll } : {}),
    ...(row.faceOffCentre !== null ? { faceOffCentre: row.faceOffCentre } : {}),
    ...(row.faceSize !== null ? { faceSize: row.faceSize } : {}),
  };
}
