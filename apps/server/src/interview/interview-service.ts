import { randomUUID } from "node:crypto";
import {
  chooseQuestions,
  currentQuestion,
  followUpId,
  type InterviewState,
  mixResumeShare,
  nextStep,
  type PlanEntry,
} from "@studio/interview";
import type {
  CreateSessionBody,
  Question,
  SessionDetail,
  SubmitAnswerBody,
  SubmitAnswerResponse,
} from "@studio/protocol";
import type { Embedder } from "@studio/providers";
import { type ExtractedFacts, postingQuestions, resumeQuestions } from "@studio/resume";
import { eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { answers, interviewSessions, reports } from "../db/schema";
import { ApiError } from "../http/api-error";
import type { JobQueue } from "../jobs/job-queue";
import { PostingService } from "../posting/posting-service";
import { relatedPassages, resumeContext } from "../resume/resume-context";
import { fallbackNotice, type Interviewer } from "./interviewer";
import { REPORT_JOB } from "./report-job";
import { type AnswerRow, answerRecord, type SessionRow, SessionStore, type Tx } from "./session-store";

const sessionClosed = () => new ApiError(409, "SESSION_CLOSED", "This interview has ended");

function flowState(session: SessionRow, rows: AnswerRow[]): InterviewState {
  return {
    plan: session.plan,
    answers: rows.map((a) => ({
      questionId: a.questionId,
      followUp: a.followUp,
      followUpQuestion: a.followUpQuestion,
    })),
  };
}

/**
 * The interview's data flow in one place: answer in -> evaluated -> stored -> next question chosen.
 * The flow state is rebuilt from the stored plan and answers, so a restart resumes at the same question.
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
    const bank = chooseQuestions({
      role: body.role,
      language: body.language,
      count: body.questionCount,
      seed: id,
    }).map((q) => ({ id: q.id, category: q.category, text: q.text }));
    const plan = await this.tailoredPlan(userId, body, bank);
    await this.db.insert(interviewSessions).values({
      id,
      userId,
      language: body.language,
      role: body.role,
      mode: body.mode,
      practice: body.practice,
      answerTimeLimitSec: body.answerTimeLimitSec,
      status: "active",
      plan,
      resumeId: body.resumeId ?? null,
      postingId: body.postingId ?? null,
      difficulty: body.difficulty,
      style: body.style,
      format: body.format,
    });
    return { id, question: currentQuestion({ plan, answers: [] })! };
  }

  /**
   * Questions about the candidate's own projects, roles and results take at least a third of the plan,
   * and a posting adds questions on its requirements (what the resume shows, and a gap), in place of
   * bank questions.
   */
  private async tailoredPlan(
    userId: string,
    body: CreateSessionBody,
    bank: PlanEntry[],
  ): Promise<PlanEntry[]> {
    let facts: ExtractedFacts | null = null;
    if (body.resumeId) {
      const context = await resumeContext(this.db, userId, body.resumeId);
      if (!context) throw new ApiError(404, "RESUME_NOT_FOUND", "No ready resume with that id");
      facts = context.facts;
    }
    const posting = body.postingId ? await new PostingService(this.db).owned(userId, body.postingId) : null;
    const fromPosting = posting
      ? postingQuestions(posting, facts, body.language, Math.max(1, Math.floor(bank.length / 4)))
      : [];
    const fromResume = facts ? resumeQuestions(facts, body.language, Math.ceil(bank.length / 3) + 1) : [];
    const questions = [...fromResume, ...fromPosting];
    return questions.length
      ? mixResumeShare(bank, questions, (fromResume.length + fromPosting.length) / bank.length)
      : bank;
  }

  /** The main question planned after main question `index`, or null after the last. */
  async plannedAfter(userId: string, id: string, index: number): Promise<PlanEntry | null> {
    const session = await this.store.owned(userId, id);
    return session.plan[index + 1] ?? null;
  }

  async detail(userId: string, id: string): Promise<SessionDetail> {
    const session = await this.store.owned(userId, id);
    const rows = await this.store.answersOf(id);
    return {
      id,
      status: session.status,
      language: session.language,
      role: session.role,
      mode: session.mode,
      practice: session.practice,
      answerTimeLimitSec: session.answerTimeLimitSec,
      setup: {
        difficulty: session.difficulty,
        style: session.style,
        format: session.format,
        postingId: session.postingId,
      },
      question: session.status === "active" ? currentQuestion(flowState(session, rows)) : null,
      answers: rows.map(answerRecord),
    };
  }

  async submitAnswer(
    userId: string,
    id: string,
    body: SubmitAnswerBody,
    onQuestionDelta?: (text: string) => void,
  ): Promise<SubmitAnswerResponse> {
    // The rule engine takes about a millisecond, so it reads, assesses and stores in one locked transaction.
    // An LLM may take seconds and must not hold the session row: it assesses first, and only storing locks.
    const early = this.interviewer.usesLlm
      ? await this.assess(await this.readTurn(userId, id, body), body, onQuestionDelta)
      : null;
    const { result, language, notice } = await this.db.transaction(async (tx) => {
      // Under the row lock: two answers racing for the same question cannot both be stored.
      const turn = await this.readTurn(userId, id, body, tx);
      const { answered, outcome } = early ?? (await this.assess(turn, body, undefined, tx));
      const step = nextStep(turn.state, {
        questionId: body.questionId,
        followUp: outcome.followUp,
        retry: turn.retry,
      });
      if (!step.ok) throw this.stepError(step.error);
      const row = {
        sessionId: id,
        questionId: answered.id,
        category: answered.category,
        followUp: answered.followUp ?? false,
        questionText: answered.text,
        text: body.text,
        durationMs: body.durationMs ?? null,
        delivery: body.delivery ?? null,
        followUpQuestion: step.recorded.followUpQuestion ?? null,
        evaluation: outcome.evaluation,
      };
      await tx
        .insert(answers)
        .values({ id: randomUUID(), ...row })
        .onConflictDoUpdate({ target: [answers.sessionId, answers.questionId], set: row });
      let next = step.next;
      if (next && !next.followUp && outcome.nextMainText) {
        // The LLM's wording replaces the planned text for good, so a reload shows the same question.
        const index = next.index;
        const plan = turn.session.plan.map((q, i) =>
          i === index ? { ...q, text: outcome.nextMainText! } : q,
        );
        await tx.update(interviewSessions).set({ plan }).where(eq(interviewSessions.id, id));
        next = { ...next, text: outcome.nextMainText };
      }
      if (step.done) await this.complete(tx, id);
      return {
        result: {
          evaluation: outcome.evaluation,
          next: next && { ...next, followUp: next.followUp ?? false },
          done: step.done,
        },
        language: turn.session.language,
        notice: outcome.fellBack,
      };
    });
    // Committed: the answer is durable before the reply, and the report job sees it.
    if (result.done) await this.enqueueReport(id);
    return notice ? { ...result, notice: fallbackNotice(language) } : result;
  }

  /** The session and its answers, checked: still active and `body` answers the question being asked. */
  private async readTurn(userId: string, id: string, body: SubmitAnswerBody, tx?: Tx) {
    const session = await this.store.owned(userId, id, tx ?? this.db, tx !== undefined);
    if (session.status !== "active") throw sessionClosed();
    const rows = await this.store.answersOf(id, tx ?? this.db);
    const state = flowState(session, rows);
    const retry = Boolean(body.retry && session.practice);
    const planned = nextStep(state, { questionId: body.questionId, followUp: null, retry });
    if (!planned.ok) throw this.stepError(planned.error);
    return { session, rows, state, retry, planned };
  }

  private async assess(
    turn: Awaited<ReturnType<InterviewService["readTurn"]>>,
    body: SubmitAnswerBody,
    onQuestionDelta?: (text: string) => void,
    tx?: Tx,
  ) {
    const { session, rows, planned } = turn;
    const { answered } = planned;
    // The resume is context for every evaluator: topics for the rules, passages for the LLM.
    // Inside the answer's transaction, read through it: the embedded database has one connection.
    const resume = session.resumeId
      ? await resumeContext(tx ?? this.db, session.userId, session.resumeId)
      : null;
    const outcome = await this.interviewer.assess({
      language: session.language,
      role: session.role,
      question: {
        id: answered.id,
        text: answered.text,
        category: answered.category,
        followUp: answered.followUp ?? false,
        mainText: rows.find((r) => followUpId(r.questionId) === answered.id)?.questionText,
      },
      answer: body.text,
      history: rows
        .filter((r) => r.questionId !== answered.id)
        .map((r) => ({ question: r.questionText, answer: r.text })),
      earlierFollowUps: rows.flatMap((r) => (r.followUpQuestion ? [r.followUpQuestion] : [])),
      nextMain: planned.next && !planned.next.followUp ? (session.plan[planned.next.index] ?? null) : null,
      onQuestionDelta,
      resumePassages:
        resume && this.interviewer.usesLlm
          ? await relatedPassages(resume, `${answered.text}\n${body.text}`, this.embedder)
          : undefined,
      resumeTopics: resume
        ? [...resume.facts.projects.map((p) => p.name), ...resume.facts.skills]
        : undefined,
    });
    return { answered, outcome };
  }

  async end(userId: string, id: string): Promise<void> {
    const session = await this.store.owned(userId, id);
    if (session.status === "active") await this.complete(this.db, id);
    else if ((await this.report(userId, id)).ready) return;
    await this.enqueueReport(id);
  }

  async report(userId: string, id: string) {
    const session = await this.store.owned(userId, id);
    const [row] = await this.db.select().from(reports).where(eq(reports.sessionId, id));
    if (row) return { ready: true as const, report: row.report };
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
    // Answers and the report go with the session (ON DELETE CASCADE).
    await this.db.delete(interviewSessions).where(eq(interviewSessions.id, id));
  }

  /** Re-queues reports lost to a restart between the end of an interview and its report job. */
  async resumePendingReports(): Promise<number> {
    const ids = await this.store.completedWithoutReport();
    for (const id of ids) await this.enqueueReport(id);
    return ids.length;
  }

  private stepError(error: "question_mismatch" | "interview_done") {
    return error === "interview_done"
      ? sessionClosed()
      : new ApiError(409, "QUESTION_MISMATCH", "That question is not the current question of this interview");
  }

  private async complete(tx: Pick<Database, "update">, id: string) {
    await tx
      .update(interviewSessions)
      .set({ status: "completed", completedAt: new Date() })
      .where(eq(interviewSessions.id, id));
  }

  private enqueueReport(id: string) {
    return this.queue.enqueue(REPORT_JOB, { sessionId: id }, { jobId: `report:${id}` });
  }
}
