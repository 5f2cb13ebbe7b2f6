import { randomUUID } from "node:crypto";
import { nextStep } from "@studio/interview";
import type { SubmitAnswerBody, SubmitAnswerResponse } from "@studio/protocol";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { answers, interviewSessions, questionWordings } from "../db/schema";
import { type AnswerClaim, answerReply, storedReply, storeReply } from "./answer-replies";
import { type AnswerTurn, answersFingerprint, sessionClosed, stepError } from "./answer-turn";
import type { TurnOutcome } from "./interviewer";
import type { Tx } from "./session-store";

export interface RecordedTurn {
  reply: SubmitAnswerResponse;
  /** This answer completed the interview (and this call, no other, marked it completed). */
  completed: boolean;
}

/**
 * Stores an assessed answer in one short transaction: under the session's row lock it re-checks that
 * the interview is still active and that no answer was stored since the turn was read (two answers
 * racing for one question cannot both be stored), then writes the answer, the LLM's wording of the next
 * question as its own record, and the completion when this was the last answer.
 */
export async function recordAnswer(
  db: Database,
  turn: AnswerTurn,
  body: SubmitAnswerBody,
  outcome: TurnOutcome,
  claim?: AnswerClaim,
): Promise<RecordedTurn> {
  const step = nextStep(turn.state, {
    questionId: body.questionId,
    followUp: outcome.followUp,
    retry: turn.retry,
    timeSpent: turn.timeSpent,
  });
  if (!step.ok) throw stepError(step.error);
  const id = turn.session.id;
  // The LLM worded the main question the turn expected next; never put its words on another one.
  const expected = step.next && !step.next.followUp && step.next.id === turn.nextMain?.id;
  const worded = expected ? outcome.nextMainText : null;
  return db.transaction(async (tx) => {
    const status = await lockSession(tx, id);
    // A retry of this very answer whose first try was stored meanwhile: its reply, and nothing new.
    const replayed = claim && (await storedReply(tx, id, claim));
    if (replayed) return { reply: replayed, completed: false };
    await recheckTurn(tx, turn, status);
    const { answered } = step;
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
    if (worded && step.next) {
      await tx
        .insert(questionWordings)
        .values({ sessionId: id, questionId: step.next.id, text: worded })
        .onConflictDoUpdate({
          target: [questionWordings.sessionId, questionWordings.questionId],
          set: { text: worded },
        });
    }
    if (step.wrappedUp) {
      // Durable: after a restart the interview is rebuilt wrapped up at the same point.
      await tx
        .update(interviewSessions)
        .set({ wrapUpAfter: step.answered.index })
        .where(and(eq(interviewSessions.id, id), isNull(interviewSessions.wrapUpAfter)));
    }
    const next = step.next && worded ? { ...step.next, text: worded } : step.next;
    const reply = answerReply(outcome, next, turn.session.language);
    if (claim) await storeReply(tx, id, claim, reply);
    return { reply, completed: step.done && (await completeSession(tx, id)) };
  });
}

/** Locks the session row (every answer of a session is written under it); its status, if it exists. */
async function lockSession(tx: Tx, id: string): Promise<string | undefined> {
  const [session] = await tx
    .select({ status: interviewSessions.status })
    .from(interviewSessions)
    .where(eq(interviewSessions.id, id))
    .for("update");
  return session?.status;
}

/** Refuses when the interview ended or moved on since `turn` was read. */
async function recheckTurn(tx: Tx, turn: AnswerTurn, status: string | undefined): Promise<void> {
  const id = turn.session.id;
  if (status !== "active") throw sessionClosed();
  const stored = await tx
    .select({ questionId: answers.questionId, followUpQuestion: answers.followUpQuestion })
    .from(answers)
    .where(eq(answers.sessionId, id))
    .orderBy(answers.createdAt);
  if (answersFingerprint(stored) !== turn.seen) throw stepError("question_mismatch");
}

/**
 * Marks an active interview completed; true only for the one call that changed it, so whoever ends an
 * interview (the last answer, the voice room, the text client's end) queues its report exactly once.
 */
export async function completeSession(tx: Pick<Database, "update">, id: string): Promise<boolean> {
  const changed = await tx
    .update(interviewSessions)
    .set({ status: "completed", completedAt: new Date() })
    .where(and(eq(interviewSessions.id, id), eq(interviewSessions.status, "active")))
    .returning({ id: interviewSessions.id });
  return changed.length > 0;
}
