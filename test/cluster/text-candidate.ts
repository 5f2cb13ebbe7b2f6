import { call, isConnectionError, type Nodes, type Reply } from "./http";

export interface InterviewLog {
  sessionId: string;
  /** Every question the candidate was shown, in order. */
  asked: string[];
  /** The answer the candidate gave to each question. */
  sent: Map<string, string>;
  /** Answers whose reply was lost with its node and that were found stored on another. */
  recovered: number;
}

/**
 * A candidate answering a text interview over REST, each answer to the next node in turn. When a node
 * dies under a call, the candidate moves to a live node and asks it what was stored (the client side of
 * "no answer lost, no question repeated"): an answer stored before the death is not sent again.
 */
export async function textInterview(
  nodes: Nodes,
  token: string,
  candidate: number,
  answerText: (turn: number) => string,
  onAnswer: () => Promise<void> = async () => {},
): Promise<InterviewLog> {
  let turn = candidate;
  const created = await withFailover(nodes, turn, (url) =>
    call(url, token, "POST", "/api/sessions", { language: "ko", questionCount: 3 }),
  );
  const log: InterviewLog = { sessionId: created.body.id, asked: [], sent: new Map(), recovered: 0 };
  let question: { id: string; text: string } | null = created.body.question;
  while (question) {
    log.asked.push(question.id);
    const text = answerText(log.sent.size);
    log.sent.set(question.id, text);
    const current: { id: string } = question;
    question = await answer(nodes, token, log, ++turn, current.id, text);
    await onAnswer();
  }
  return log;
}

async function answer(
  nodes: Nodes,
  token: string,
  log: InterviewLog,
  turn: number,
  questionId: string,
  text: string,
): Promise<{ id: string; text: string } | null> {
  const url = nodes.pick(turn);
  let reply: Reply;
  try {
    reply = await call(url, token, "POST", `/api/sessions/${log.sessionId}/answers`, {
      questionId,
      text,
      durationMs: 30_000,
    });
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    nodes.markDown(url);
    return reconcile(nodes, token, log, turn, questionId, text);
  }
  if (reply.status !== 200) throw new Error(`answer ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body.next;
}

/** After a lost reply: the stored answers say whether the answer arrived; if not, it is sent again. */
async function reconcile(
  nodes: Nodes,
  token: string,
  log: InterviewLog,
  turn: number,
  questionId: string,
  text: string,
) {
  const detail = await withFailover(nodes, turn, (url) =>
    call(url, token, "GET", `/api/sessions/${log.sessionId}`),
  );
  const stored = detail.body.answers.find((a: { questionId: string }) => a.questionId === questionId);
  if (stored) {
    if (stored.text !== text) throw new Error(`stored answer differs for ${questionId}`);
    log.recovered++;
    return detail.body.question;
  }
  return answer(nodes, token, log, turn + 1, questionId, text);
}

export async function withFailover(nodes: Nodes, turn: number, fn: (url: string) => Promise<Reply>) {
  for (let tries = 0; tries < 3; tries++) {
    const url = nodes.pick(turn);
    try {
      const reply = await fn(url);
      if (reply.status >= 300) throw new Error(`${reply.status}: ${JSON.stringify(reply.body)}`);
      return reply;
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      nodes.markDown(url);
    }
  }
  throw new Error("no node answered");
}
