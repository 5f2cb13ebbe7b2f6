import { createHash } from "node:crypto";
import type { InterviewQuestion } from "@studio/interview";
import type { Language, SubmitAnswerBody, SubmitAnswerResponse } from "@studio/protocol";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { answerReplies } from "../db/schema";
import { ApiError } from "../http/api-error";
import { fallbackNotice, type TurnOutcome } from "./interviewer";
import type { Tx } from "./session-store";

/** An answer sent with an `Idempotency-Key`: the key, and a digest of what was sent under it. */
export interface AnswerClaim {
  key: string;
  requestHash: string;
}

export function answerClaim(key: string, body: SubmitAnswerBody): AnswerClaim {
  const sent = JSON.stringify([body.questionId, body.text, body.retry ?? false]);
  return { key, requestHash: createHash("sha256").update(sent).digest("hex") };
}

/**
 * The reply already stored for this key in this session, or null when the key is new. The same key
 * with another answer is a client bug, refused rather than answered with an unrelated reply.
 */
export async function storedReply(
  db: Database | Tx,
  sessionId: string,
  claim: AnswerClaim,
): Promise<SubmitAnswerResponse | null> {
  const [row] = await db
    .select({ requestHash: answerReplies.requestHash, reply: answerReplies.reply })
    .from(answerReplies)
    .where(and(eq(answerReplies.sessionId, sessionId), eq(answerReplies.idempotencyKey, claim.key)));
  if (!row) return null;
  if (row.requestHash !== claim.requestHash) {
    throw new ApiError(
      422,
      "IDEMPOTENCY_KEY_REUSED",
      "This Idempotency-Key was already used for a different answer; send a new key",
    );
  }
  return row.reply;
}

export async function storeReply(tx: Tx, sessionId: string, claim: AnswerClaim, reply: SubmitAnswerResponse) {
  await tx.insert(answerReplies).values({
    sessionId,
    idempotencyKey: claim.key,
    requestHash: claim.requestHash,
    reply,
  });
}

/** The reply to an answer: its evaluation, the next question (null after the last), and any notice. */
export function answerReply(
  outcome: TurnOutcome,
  next: InterviewQuestion | null,
  language: Language,
): SubmitAnswerResponse {
  const reply = {
    evaluation: outcome.evaluation,
    next: next && { ...next, followUp: next.followUp ?? false },
    done: next === null,
  };
  return outcome.fellBack ? { ...reply, notice: fallbackNotice(language) } : reply;
}
