import { randomUUID } from "node:crypto";
import { currentQuestion, type PlanEntry, timedPlan } from "@studio/interview";
import type {
  CreateSessionBody,
  Question,
  SessionDetail,
  SubmitAnswerBody,
  SubmitAnswerResponse,
} from "@studio/protocol";
import type { Embedder } from "@studio/providers";
import { eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { interviewSessions, reports } from "../db/schema";
import { withCurrentEmotions } from "../expressions/current-emotions";
import { ApiError } from "../http/api-error";
import type { JobQueue } from "../jobs/job-queue";
import { type AnswerClaim, answerClaim, storedReply } from "./answer-replies";
import { flowState, readAnswerTurn } from "./answer-turn";
import { assessTurn } from "./assess-turn";
import { storedFocus } from "./focus-plan";
import { interviewPlan } from "./interview-plan";
import type { Interviewer } from "./interviewer";
import { askerOf, panelOf } from "./panel-plan";
import { completeSession, recordAnswer } from "./record-answer";
import { deliveriesPending } from "./report-freshness";
import { REPORT_JOB } from "./report-job";
import { sessionSetup, storedLength, timedBody } from "./session-setup";
import { answerRecord, SessionStore } from "./session-store";
import { systemDesignColumns } from "./system-design-round";

const INTRO_TIME_LIMIT_SEC = 60;

/**
 * The interview's data flow in one place. One answer: read the turn (no lock) -> assess it (rules or
 * LLM, no lock) -> store it in one short locked transaction that re-checks the turn -> if that
 * completed the interview, queue its report. The flow state is rebuilt from the stored plan, wordings
 * and answers, so a restart resumes at the same question.
 */
export class InterviewService {
  readonly store: SessionStore;

  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly interviewer: Interviewer,
    private readonly embedder: Embedder | null = null,
  ) {
    this.store = new SessionStore(db);
  }

  async create(userId: string, body: CreateSessionBody): Promise<{ id: string; question: Question }> {
    const id = randomUUID();
    const plan = await interviewPlan(this.db, userId, id, timedBody(body));
    await this.db.insert(interviewSessions).values({
      id,
      userId,
      language: body.language,
      role: body.role,
      mode: body.mode,
      practice: body.practice,
      // A one-minute self-introduction is timed at one minute.
      answerTimeLimitSec: body.format === "intro_1min" ? INTRO_TIME_LIMIT_SEC : body.answerTimeLimitSec,
      status: "active",
      plan,
      resumeId: body.resumeId ?? null,
      postingId: body.postingId ?? null,
      difficulty: body.difficulty,
      style: body.style,
      format: body.format,
      questionPack: body.questionPack ?? null,
      focusCategories: storedFocus(body),
      lengthMinutes: storedLength(body),
      ...systemDesignColumns(body),
    });
    return { id, question: currentQuestion({ plan, answers: [] })! };
  }

  /** The main question planned after main question `index`, or null after the last. */
  async plannedAfter(userId: string, id: string, index: number): Promise<PlanEntry | null> {
    const session = await this.store.owned(userId, id);
    return timedPlan(session.plan, session.wrapUpAfter)[index + 1] ?? null;
  }

  async detail(userId: string, id: string): Promise<SessionDetail> {
    const session = await this.store.owned(userId, id);
    const [rows, wordings] = await Promise.all([this.store.answersOf(id), this.store.wordingsOf(id)]);
    const panel = panelOf(session.plan, session.language);
    return {
      id,
      status: session.status,
      language: session.language,
      role: session.role,
      mode: session.mode,
      practice: session.practice,
      answerTimeLimitSec: session.answerTimeLimitSec,
      setup: sessionSetup(session),
      question: session.status === "active" ? currentQuestion(flowState(session, rows, wordings)) : null,
      answers: rows.map((row) => ({ ...answerRecord(row), ...askerOf(session.plan, row.questionId) })),
      ...(panel ? { panel } : {}),
    };
  }

  /**
   * The one path of an answer, typed or spoken. `onQuestionDelta` receives the LLM's next question as
   * it streams (the voice room's preview), before it is vetted and stored. With an `idempotencyKey`,
   * a retry of an answer already stored gets the stored reply back, and nothing is stored twice.
   */
  async submitAnswer(
    userId: string,
    id: string,
    body: SubmitAnswerBody,
    onQuestionDelta?: (text: string) => void,
    idempotencyKey?: string,
  ): Promise<SubmitAnswerResponse> {
    const claim = idempotencyKey ? answerClaim(idempotencyKey, body) : undefined;
    if (!claim) return this.answerOnce(userId, id, body, onQuestionDelta);
    await this.store.owned(userId, id);
    const stored = await storedReply(this.db, id, claim);
    if (stored) return stored;
    try {
      return await this.answerOnce(userId, id, body, onQuestionDelta, claim);
    } catch (error) {
      // A concurrent duplicate may have stored this very answer between our look-up and our turn
      // check (which then finds the question already answered): its reply is ours too.
      const replayed = await storedReply(this.db, id, claim);
      if (replayed) return replayed;
      throw error;
    }
  }

  private async answerOnce(
    userId: string,
    id: string,
    body: SubmitAnswerBody,
    onQuestionDelta?: (text: string) => void,
    claim?: AnswerClaim,
  ): Promise<SubmitAnswerResponse> {
    const turn = await readAnswerTurn(this.store, userId, id, body);
    const outcome = await assessTurn(
      { db: this.db, interviewer: this.interviewer, embedder: this.embedder },
      turn,
      body,
      onQuestionDelta,
    );
    const { reply, completed } = await recordAnswer(this.db, turn, body, outcome, claim);
    // Committed: the answer is durable before the reply, and the report job sees it.
    if (completed) await this.enqueueReport(id);
    return reply;
  }

  /**
   * Ends the interview; idempotent. Only the call that moves it from active to completed queues the
   * report, so the last answer, the voice room and the text client's end cannot queue it twice.
   */
  async end(userId: string, id: string): Promise<void> {
    await this.store.owned(userId, id);
    if (await completeSession(this.db, id)) await this.enqueueReport(id);
  }

  async report(userId: string, id: string) {
    const session = await this.store.owned(userId, id);
    const [row] = await this.db.select().from(reports).where(eq(reports.sessionId, id));
    if (row) {
      const report = await withCurrentEmotions(this.db, session, row.report);
      const pending = await deliveriesPending(this.db, session, report);
      return { ready: true as const, report: { ...report, deliveriesPending: pending } };
    }
    if (session.status === "active") {
      throw new ApiError(
        409,
        "SESSION_ACTIVE",
        "The interview is still in progress; end it to get the report",
      );
    }
    return { ready: false as const };
  }

  async remove(userId: string, id: string): Promise<void> {
    await this.store.owned(userId, id);
    // Answers, wordings and the report go with the session (ON DELETE CASCADE).
    await this.db.delete(interviewSessions).where(eq(interviewSessions.id, id));
  }

  /** Re-queues reports lost to a restart between the end of an interview and its report job. */
  async resumePendingReports(): Promise<number> {
    const ids = await this.store.completedWithoutReport();
    for (const id of ids) await this.enqueueReport(id);
    return ids.length;
  }

  private enqueueReport(id: string) {
    return this.queue.enqueue(REPORT_JOB, { sessionId: id }, { jobId: `report:${id}` });
  }
}
