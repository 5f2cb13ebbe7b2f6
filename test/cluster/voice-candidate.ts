import { type ServerMessage, serverMessageSchema } from "@studio/protocol";
import WebSocket from "ws";
import type { Nodes } from "./http";

/** One socket to /ws/interview: every message kept, waits on any condition, closing seen. */
export class VoiceSocket {
  readonly messages: ServerMessage[] = [];
  closed: number | null = null;
  private wake: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (raw, isBinary) => {
      if (isBinary) return;
      const parsed = serverMessageSchema.safeParse(JSON.parse(String(raw)));
      if (!parsed.success) throw new Error(`outside the contract: ${String(raw).slice(0, 200)}`);
      this.messages.push(parsed.data);
      for (const w of this.wake.splice(0)) w();
    });
    socket.on("close", (code) => {
      this.closed = code;
      for (const w of this.wake.splice(0)) w();
    });
    socket.on("error", () => {});
  }

  static open(baseUrl: string, sessionId: string, token: string): Promise<VoiceSocket> {
    const ws = new WebSocket(`${baseUrl.replace("http", "ws")}/ws/interview/${sessionId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(new VoiceSocket(ws)));
      ws.once("error", reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  /** The first message from index `from` on that matches; throws when the socket closes first. */
  async waitFor(match: (m: ServerMessage) => boolean, from: number, timeoutMs = 120_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.messages.findIndex((m, i) => i >= from && match(m));
      if (index >= 0) return { message: this.messages[index] as ServerMessage, index };
      if (this.closed !== null) throw new SocketClosed(this.closed);
      if (Date.now() > deadline) throw new Error("timed out waiting on the voice socket");
      await new Promise<void>((r) => {
        this.wake.push(r);
        setTimeout(r, 200);
      });
    }
  }
}

export class SocketClosed extends Error {
  constructor(readonly code: number) {
    super(`socket closed (${code})`);
  }
}

export interface VoiceLog {
  sessionId: string;
  asked: string[];
  evaluated: string[];
  sent: Map<string, string>;
  reconnects: number;
  /** A question asked again after its answer was evaluated: must stay empty. */
  repeated: string[];
}

const isQuestion = (m: ServerMessage) => m.type === "ai_transcript_chunk" && m.done === true;

/**
 * A candidate answering a voice interview over the socket, typed (answer_text). When its node dies the
 * socket drops; it reconnects to another node and goes on from the session state that node sends.
 */
export async function voiceInterview(
  nodes: Nodes,
  token: string,
  sessionId: string,
  first: number,
  answerText: (turn: number) => string,
  onAnswer: () => Promise<void> = async () => {},
): Promise<VoiceLog> {
  const log: VoiceLog = { sessionId, asked: [], evaluated: [], sent: new Map(), reconnects: 0, repeated: [] };
  let attempt = first;
  for (;;) {
    const url = nodes.pick(attempt);
    let socket: VoiceSocket;
    try {
      socket = await VoiceSocket.open(url, sessionId, token);
    } catch {
      nodes.markDown(url);
      continue;
    }
    try {
      if (await converse(socket, log, answerText, onAnswer)) return log;
    } catch (error) {
      if (!(error instanceof SocketClosed) || error.code === 4000) throw error;
    }
    log.reconnects++;
    attempt++;
    if (socket.closed === 1006) nodes.markDown(url);
  }
}

/** One connection's part of the interview; true once the interview has ended. */
async function converse(
  socket: VoiceSocket,
  log: VoiceLog,
  answerText: (turn: number) => string,
  onAnswer: () => Promise<void>,
): Promise<boolean> {
  const { message: state, index } = await socket.waitFor((m) => m.type === "session_state", 0);
  if (state.type !== "session_state") throw new Error("unreachable");
  if (state.status === "completed") return true;
  let from = index + 1;
  let current = state.question?.id ?? null;
  if (state.resumedAnswer) current = null; // this node finishes the answer sent before the drop
  for (;;) {
    if (current) {
      const asked = await socket.waitFor(
        (m) => isQuestion(m) && m.type === "ai_transcript_chunk" && m.questionId === current,
        from,
      );
      from = asked.index + 1;
      if (log.evaluated.includes(current)) log.repeated.push(current);
      log.asked.push(current);
      const text = log.sent.get(current) ?? answerText(log.sent.size);
      log.sent.set(current, text);
      socket.send({ type: "answer_text", text, durationMs: 20_000 });
      await onAnswer();
    }
    const evaluation = await socket.waitFor((m) => m.type === "evaluation", from);
    from = evaluation.index + 1;
    if (evaluation.message.type === "evaluation") log.evaluated.push(evaluation.message.questionId);
    const next = await socket.waitFor((m) => isQuestion(m) || m.type === "interview_ended", from);
    if (next.message.type === "interview_ended") {
      socket.socket.close();
      return true;
    }
    if (next.message.type !== "ai_transcript_chunk" || !next.message.questionId)
      throw new Error("no question id");
    current = next.message.questionId;
    // Leave the question's message to be found by the wait above.
    from = next.index;
  }
}
